/**
 * Signing in without the GraphQL client: the sign-in screen is drawn from a small first download
 * (src/main.tsx) and posts its two operations with `fetch`. JSON body, POST: the server's CSRF
 * protection refuses simple requests. The session is an HttpOnly cookie on the same origin.
 */

export type SignInOutcome =
  | { ok: true }
  | { ok: false; reason: 'BAD_CREDENTIALS' }
  | { ok: false; reason: 'LOCKED'; retryAfterSeconds: number | null }
  | { ok: false; reason: 'FIELD'; field: 'username' | 'password' }
  | { ok: false; reason: 'INTERNAL' | 'SERVICE_UNAVAILABLE' | 'NETWORK' | 'UNKNOWN' };

interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ extensions?: Record<string, unknown> }>;
}

async function post(operationName: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer | null> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ operationName, query, variables }),
    });
  } catch {
    return null;
  }
  try {
    return (await response.json()) as GraphQLAnswer;
  } catch {
    return { errors: [{ extensions: { code: response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL' } }] };
  }
}

const LOGIN = 'mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { user { id } } }';

export async function signIn(username: string, password: string): Promise<SignInOutcome> {
  const answer = await post('Login', LOGIN, { username, password });
  if (!answer) return { ok: false, reason: 'NETWORK' };
  if (answer.data?.login) return { ok: true };
  const extensions = answer.errors?.[0]?.extensions ?? {};
  const reason = String(extensions.reason ?? '');
  const code = String(extensions.code ?? '');
  const field = String(extensions.field ?? '');
  if (reason === 'BAD_CREDENTIALS') return { ok: false, reason: 'BAD_CREDENTIALS' };
  if (reason === 'LOCKED') {
    // The server says how long in extensions.retryAfterSeconds (its message is not read).
    const seconds = Number(extensions.retryAfterSeconds);
    return { ok: false, reason: 'LOCKED', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : null };
  }
  if (code === 'VALIDATION_FAILED' && (field === 'username' || field === 'password')) return { ok: false, reason: 'FIELD', field };
  if (code === 'INTERNAL' || code === 'SERVICE_UNAVAILABLE') return { ok: false, reason: code };
  return { ok: false, reason: 'UNKNOWN' };
}

/** Whether this browser already has a session (then the sign-in page moves on); false when it cannot be told. */
export async function hasSession(): Promise<boolean> {
  const answer = await post('SignedIn', 'query SignedIn { viewer { user { id } } }');
  return !!(answer?.data?.viewer as { user?: unknown } | null | undefined)?.user;
}

/** Only paths of this app: never another site (open redirect) or a protocol-relative URL. */
export function safeNext(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || raw.startsWith('/login')) return '/';
  return raw;
}
