import { AuditEntry } from '../audit/audit-entry.entity.js';
import { LoginThrottle } from '../auth/login-throttle.entity.js';
import { RoleGrant } from '../auth/role-grant.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { OrganizationLink } from '../hierarchy/organization-link.entity.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { MemberStatusPeriod } from '../members/member-status-period.entity.js';
import { Member } from '../members/member.entity.js';
import { Membership } from '../members/membership.entity.js';
import { SubtreeCount } from '../stats/subtree-count.entity.js';

/** Every entity, listed explicitly (no folder scanning: the same list works from src and dist). */
export const entities = [Organization, OrganizationLink, Member, Membership, MemberStatusPeriod, User, RoleGrant, Session, LoginThrottle, AuditEntry, SubtreeCount];
