/** Why a saved query is refused. */
export const WORKSPACE_REASONS = [
  'NOT_A_DOCUMENT',
  'NOT_AN_OBJECT',
] as const;
export type WorkspaceReason = (typeof WORKSPACE_REASONS)[number];
