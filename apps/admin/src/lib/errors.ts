import type { CombinedError } from 'urql';
import type { Dict } from '../i18n';

export type ErrorKind =
  | 'NOT_FOUND'
  | 'BAD_LINK'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INTERNAL'
  | 'SERVICE_UNAVAILABLE'
  | 'NETWORK'
  | 'UNKNOWN';

const KNOWN = new Set(['NOT_FOUND', 'VALIDATION_FAILED', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED', 'INTERNAL', 'SERVICE_UNAVAILABLE']);
/** Reasons the server gives when an id in the address is not a usable id. */
const BAD_ID_REASONS = new Set(['MALFORMED_ID', 'WRONG_ID_TYPE', 'MALFORMED_CURSOR', 'BAD_DATE']);

/** What went wrong, by the server's `extensions.code` (and `reason`), for a message a clerk understands. */
export function classifyError(error: CombinedError): ErrorKind {
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? '');
  const reason = String(first?.extensions?.reason ?? '');
  if (code === 'VALIDATION_FAILED' && BAD_ID_REASONS.has(reason)) return 'BAD_LINK';
  if (KNOWN.has(code)) return code as ErrorKind;
  return 'UNKNOWN';
}

export function errorMessage(t: Dict, kind: ErrorKind): string {
  return t.errors[kind];
}
