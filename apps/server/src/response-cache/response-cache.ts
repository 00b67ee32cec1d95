import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { todayInVietnam } from '@fourgood/rules';
import type { Access } from '../auth/access.js';
import type { Context } from '../context.js';
import { recordResponseCache } from '../ops/metrics.js';
import { currentRequest, operationNameOf } from '../ops/request-log.js';
import type { DataVersion } from './data-version.js';
import { COMPRESS_FROM, compressAnswer } from '../graphql/small-answers.js';

/**
 * Answers of read-only GraphQL operations, kept per process (issue #14 item 4), opt-in with
 * FOURGOOD_RESPONSE_CACHE_ENTRIES.
 *
 * Key: the database's data version (data-version.ts), today's date in Vietnam (age bands and
 * "current" answers move at midnight), the caller (user id and every grant with its scope path),
 * the Accept header (it picks the content type), the operation name, the variables and the query
 * text exactly as sent.
 *
 * Why no answer is ever served stale or to someone it was not read for:
 * - The session is looked up on every request, hits included, before anything else (a signed-out
 *   session, a deactivated user or an expired session is anonymous, and anonymous calls are never
 *   cached); the grants it returns are part of the key, and revoking a grant is a write anyway.
 * - An answer is stored only if the data version read before its first statement and again after
 *   its last are equal, both on the server its statements ran on: nothing committed in between,
 *   so every statement saw exactly the data of that version. A version never comes back once
 *   anything has committed, so a later request finds the answer only while the data are still
 *   those it was read from (PostgreSQL: the same snapshot; SQLite: no commit by another process
 *   and no row changed by this one). No statement of the request runs in a transaction of its own
 *   for this: on PostgreSQL each statement's snapshot lies between the two equal versions.
 * - Only query operations whose answer is complete (no error, HTTP 200, no extension other than
 *   the statement count) are stored, so refusals (FORBIDDEN, UNAUTHENTICATED, VALIDATION_FAILED)
 *   are always computed afresh.
 *
 * Where: an express middleware after the body parser and before Apollo, so a hit costs the
 * session lookup, one version read and a map lookup; its compressed bytes are kept beside it.
 * Only JSON POSTs are considered (a GET, a batch, persisted-query extensions go on to Apollo), and
 * a text with the word `mutation` goes on at once, so writes pay no version read.
 *
 * - An answer that depends on anything else (the clock beyond the date, the process's memory)
 *   calls notCacheable() while it is computed and is not kept.
 *
 * Off by default (issue #14, 2026-12-03): the whole API suite has not yet run to its end with the
 * cache on (a run of each project takes longer than the session had on the shared machine); what
 * ran passes (BENCHMARKS.md, "Response cache"). Reading no longer writes (a session's expiry
 * slides once an hour at most, auth.service.ts), but any write, and on PostgreSQL any commit in
 * any database of the server (data-version.ts), starts the entries over.
 * Hits, misses and kept answers are counted in fourgood_response_cache_* (ops/metrics.ts).
 */
export interface Session {
  access: Access;
  readsPrimaryUntil: Date | null;
}

interface Entry {
  /** The answer as Apollo writes it: `{"data":…}` and a newline. */
  body: Buffer;
  /** The answer's headers as Apollo set them (content type, cache-control). */
  headers: Array<[string, string]>;
  br?: Buffer;
  gzip?: Buffer;
}

interface Pending {
  key: string;
  version: string;
  today: string;
  /** Set by notCacheable() while the answer is computed. */
  uncacheable?: boolean;
  /** Set by the plugin when the answer may be kept; kept once it has been sent (its content type is known then). */
  entry?: Entry;
}

/** Total bytes kept; an answer larger than an eighth of it is not kept. */
const MAX_BYTES = 128 * 1024 * 1024;

const MUTATION = /\bmutation\b/;

const sessions = new WeakMap<Request, Promise<Session>>();

/** The miss being computed, for notCacheable(). */
const computing = new AsyncLocalStorage<Pending>();

/**
 * Called while an answer is computed when that answer must not be kept although it was read at
 * one data version: it depends on something else than the data, the date and the caller (an
 * exported spreadsheet carries the time it was made). Nothing happens without the cache.
 */
export function notCacheable(): void {
  const pending = computing.getStore();
  if (pending) pending.uncacheable = true;
}

/** The request's session, looked up once whether the cache or the GraphQL context asks first. */
export function sessionOnce(req: Request, lookup: () => Promise<Session>): Promise<Session> {
  let session = sessions.get(req);
  if (!session) {
    session = lookup();
    sessions.set(req, session);
  }
  return session;
}

function callerKey(access: Access): string {
  const grants = access.grants.map((g) => `${g.role}@${g.scopePath ?? '*'}`).sort();
  return `${access.viewer!.userId}|${grants.join(',')}`;
}

interface Body {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** A plain JSON POST of one operation (no batch, no extensions such as persisted queries). */
function cacheableBody(req: Request): Body | null {
  const body = req.body as Partial<Body> & { extensions?: unknown } | undefined;
  if (req.method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body)) return null;
  if (typeof body.query !== 'string' || body.extensions !== undefined) return null;
  // A document that may hold a mutation goes straight on: a write pays no version read (a query
  // that merely mentions the word is not cached, which is only a missed hit).
  if (MUTATION.test(body.query)) return null;
  if (body.operationName != null && typeof body.operationName !== 'string') return null;
  if (body.variables != null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) return null;
  return body as Body;
}

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  stored: number;
}

export class ResponseCache {
  readonly stats: ResponseCacheStats = { hits: 0, misses: 0, stored: 0 };
  private readonly entries: LRUCache<string, Entry>;
  private readonly pending = new WeakMap<Request, Pending>();

  constructor(
    entries: number,
    private readonly version: DataVersion,
    private readonly options: {
      /** The caller's session for this request (also what the GraphQL context uses: sessionOnce). */
      session: (req: Request) => Promise<Session>;
      /** With replicas: whether this caller's query would read from one (read-routing.ts). */
      readsReplica: (session: Session) => boolean;
      /** Answers carry extensions.sql.statements (FOURGOOD_QUERY_STATS): a hit reports its own. */
      exposeQueryStats: boolean;
    },
  ) {
    this.entries = new LRUCache<string, Entry>({
      max: entries,
      maxSize: MAX_BYTES,
      maxEntrySize: MAX_BYTES / 8,
      sizeCalculation: (entry, key) => key.length * 2 + entry.body.length + (entry.br?.length ?? 0) + (entry.gzip?.length ?? 0) + 64,
    });
  }

  /** Answers a hit, or marks the request so that the plugin stores its answer; anything else goes on to Apollo. */
  readonly middleware: RequestHandler = (req, res, next) => {
    this.lookup(req, res).then(
      (answered) => {
        if (answered) return;
        const pending = this.pending.get(req);
        if (pending) computing.run(pending, next);
        else next();
      },
      // The session or version could not be read: Apollo runs as without the cache and reports it.
      () => next(),
    );
  };

  private async lookup(req: Request, res: Response): Promise<boolean> {
    const body = cacheableBody(req);
    if (!body) return false;
    const session = await this.options.session(req);
    if (!session.access.authenticated || !session.access.viewer) return false;
    const version = await this.version.onReadSource(this.options.readsReplica(session), () => this.version.read());
    if (version === null) return false;
    const today = todayInVietnam();
    const key = [version, today, callerKey(session.access), req.headers.accept ?? '', body.operationName ?? '', JSON.stringify(body.variables ?? null), body.query].join('\u0000');
    const entry = this.entries.get(key);
    if (!entry) {
      this.stats.misses += 1;
      recordResponseCache('miss');
      const pending: Pending = { key, version, today };
      this.pending.set(req, pending);
      res.setHeader('x-response-cache', 'miss');
      res.once('finish', () => {
        if (!pending.entry || res.statusCode !== 200) return;
        const type = res.getHeader('content-type');
        if (typeof type !== 'string') return;
        pending.entry.headers.push(['content-type', type]);
        this.entries.set(key, pending.entry);
        this.stats.stored += 1;
        recordResponseCache('stored');
      });
      return false;
    }
    this.stats.hits += 1;
    recordResponseCache('hit');
    const record = currentRequest.getStore();
    if (record) {
      record.operation = operationNameOf(body.operationName);
      record.operationType = 'query';
      record.userId = session.access.viewer.userId;
    }
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader('x-response-cache', 'hit');
    res.status(200);
    if (this.options.exposeQueryStats) {
      const statements = record?.statements ?? 0;
      res.end(Buffer.concat([entry.body.subarray(0, entry.body.length - 2), Buffer.from(`,"extensions":{"sql":{"statements":${statements}}}}\n`)]));
      return true;
    }
    const encoding = entry.body.length >= COMPRESS_FROM ? req.acceptsEncodings('br', 'gzip') : false;
    if (encoding === 'br' || encoding === 'gzip') {
      let bytes = entry[encoding];
      if (!bytes) {
        bytes = compressAnswer(entry.body, encoding);
        entry[encoding] = bytes;
        this.entries.set(key, entry);
      }
      // compression() leaves an answer that already has an encoding as it is (and adds Vary).
      res.setHeader('content-encoding', encoding);
      res.setHeader('content-length', bytes.length);
      res.end(bytes);
      return true;
    }
    res.setHeader('content-length', entry.body.length);
    res.end(entry.body);
    return true;
  }

  /** Stores a complete answer of a query operation read entirely at one data version. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async ({ contextValue }) => {
        const req = contextValue.http?.req;
        const pending = req && this.pending.get(req);
        if (!pending) return;
        return {
          willSendResponse: async ({ response, operation, contextValue: context }) => {
            if (operation?.operation !== 'query' || response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            if (result.errors?.length || result.data == null) return;
            if (response.http.status !== undefined && response.http.status !== 200) return;
            if (Object.keys(result.extensions ?? {}).some((name) => name !== 'sql')) return;
            if (context.today !== pending.today || pending.uncacheable) return;
            // The answer is the client's whatever happens here: a version that cannot be read keeps nothing.
            const version = await this.version.read().catch(() => null);
            if (version !== pending.version) return;
            const headers = [...response.http.headers].filter(([name]) => name !== 'content-length' && name !== 'set-cookie' && name !== 'content-type');
            pending.entry = { body: Buffer.from(`{"data":${JSON.stringify(result.data)}}\n`), headers };
          },
        };
      },
    };
  }
}
