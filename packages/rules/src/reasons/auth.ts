/** Why a sign-in, a user or a role grant is refused. */
export const AUTH_REASONS = [
  'BAD_CREDENTIALS',
  'LOCKED',
  'USERNAME_TAKEN',
  'WEAK_PASSWORD',
  'OWN_ACCOUNT',
  'DUPLICATE_GRANT',
  'OWN_ADMIN_ROLE',
  'ROLE_NOT_ALLOWED',
] as const;
export type AuthReason = (typeof AUTH_REASONS)[number];
