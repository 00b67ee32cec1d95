import { AssessmentScore } from '../assessments/assessment-score.entity.js';
import { Assessment } from '../assessments/assessment.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { CriteriaGroup } from '../criteria/criteria-group.entity.js';
import { CriteriaItem } from '../criteria/criteria-item.entity.js';
import { CriteriaTable } from '../criteria/criteria-table.entity.js';
import { Rating } from '../ratings/rating.entity.js';
import { RatingCount } from '../ratings/rating-count.entity.js';
import { ModelRegistration } from '../ratings/registration.entity.js';
import { SavedQuery } from '../workspace/saved-query.entity.js';
import { LoginThrottle } from '../auth/login-throttle.entity.js';
import { RoleGrant } from '../auth/role-grant.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { OrganizationLink } from '../hierarchy/organization-link.entity.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { OrganizationFormerName } from '../hierarchy/organization-former-name.entity.js';
import { MemberStatusPeriod } from '../members/member-status-period.entity.js';
import { Member } from '../members/member.entity.js';
import { Membership } from '../members/membership.entity.js';
import { SubtreeCount } from '../stats/subtree-count.entity.js';
import { RollupDay } from '../stats/rollup-day.entity.js';
import { Attendance } from '../meetings/attendance.entity.js';
import { MeetingGuest } from '../meetings/meeting-guest.entity.js';
import { Meeting } from '../meetings/meeting.entity.js';
import { MeetingCellYear } from '../meetings/meeting-cell-year.entity.js';
import { MeetingStreakYear } from '../meetings/meeting-streak-year.entity.js';
import { MeetingSubtreeYear } from '../meetings/meeting-subtree-year.entity.js';
import { MeetingSubtreeStage } from '../meetings/meeting-subtree-stage.entity.js';
import { MeetingSubtreeEntry } from '../meetings/meeting-subtree-entry.entity.js';
import { MeetingMonth } from '../meetings/meeting-month.entity.js';
import { OversightAssignment } from '../oversight/oversight-assignment.entity.js';
import { Recommendation } from '../recommendations/recommendation.entity.js';
import { Award } from '../competition/award.entity.js';
import { ImportJob } from '../dataio/import-job.entity.js';
import { MemberCommitment } from '../competition/member-commitment.entity.js';

/** Every entity, listed explicitly (no folder scanning: the same list works from src and dist). */
export const entities = [Organization, OrganizationLink, OrganizationFormerName, Member, Membership, MemberStatusPeriod, User, RoleGrant, Session, LoginThrottle, AuditEntry, SubtreeCount, RollupDay,
  CriteriaTable, CriteriaGroup, CriteriaItem, Assessment, AssessmentScore, Rating, RatingCount, ModelRegistration, SavedQuery,
  Meeting, MeetingMonth, MeetingCellYear, MeetingStreakYear, MeetingSubtreeYear, MeetingSubtreeStage, MeetingSubtreeEntry, Attendance, MeetingGuest, OversightAssignment, Recommendation, MemberCommitment, Award, ImportJob];
