/** Sign-in names and passwords: the server refuses what these refuse, the app says so before asking. */

/** A user name: 3–64 of a–z, 0–9, ".", "_" or "-", starting with a letter or digit (stored lower case). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** Why a new password is refused (the reason's values: min or max), or null. */
export function passwordLengthProblem(password: string): { min: number } | { max: number } | null {
  if (password.length < MIN_PASSWORD_LENGTH) return { min: MIN_PASSWORD_LENGTH };
  if (password.length > MAX_PASSWORD_LENGTH) return { max: MAX_PASSWORD_LENGTH };
  return null;
}
