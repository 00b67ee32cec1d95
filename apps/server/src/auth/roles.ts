/**
 * Roles and what they may do. A grant gives a role over one organisation's whole subtree (as the
 * tree stands today), or over the whole country when it names no organisation.
 */
export const Role = {
  ADMIN: 'ADMIN',
  STAFF: 'STAFF',
  ANALYST: 'ANALYST',
  LEADER: 'LEADER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

export const Permission = {
  /** See organisations, members (non-sensitive fields) and figures. */
  READ: 'READ',
  /** Birth dates and other personal data of members. */
  READ_PERSONAL: 'READ_PERSONAL',
  /** The analyst workspace: introspection, saved queries, exports. */
  QUERY_WORKSPACE: 'QUERY_WORKSPACE',
  /** Change the tree and member records; record meetings; enter scores; edit criteria tables. */
  EDIT: 'EDIT',
  /** Read the audit log. */
  AUDIT: 'AUDIT',
  /** Create users, reset passwords, grant and revoke roles. */
  MANAGE_USERS: 'MANAGE_USERS',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  LEADER: ['READ'],
  ANALYST: ['READ', 'QUERY_WORKSPACE'],
  STAFF: ['READ', 'READ_PERSONAL', 'EDIT', 'AUDIT'],
  ADMIN: ['READ', 'READ_PERSONAL', 'QUERY_WORKSPACE', 'EDIT', 'AUDIT', 'MANAGE_USERS'],
};

export function roleAllows(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}
