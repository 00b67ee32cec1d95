import type { AbstractSqlConnection } from '@mikro-orm/knex';
import { processLogger, type Logger } from '../ops/log.js';

/**
 * Which replicas take reads now. A replica leaves the rotation when it cannot be reached (a
 * statement of a request fails with a connection error, or the periodic check does) or when its
 * replay is more than `maxLagMs` behind the primary; its reads go to another replica in the
 * rotation, or to the primary when none is left. Every `checkMs` each replica is checked again
 * (reachable? how far behind?), and one that answers and has caught up (lag at most half the
 * limit, so that a replica at the edge does not flap) comes back. Each change is one log line and
 * shows in the metrics (`fourgood_db_replica_in_rotation`, `fourgood_db_replica_lag_seconds`).
 *
 * Lag is measured in time from WAL positions, without trusting clocks or
 * `pg_last_xact_replay_timestamp()` (which grows on an idle primary): each check notes the
 * primary's `pg_current_wal_lsn()` with the time it was read; a replica's lag is the age of the
 * oldest noted position it has not replayed yet (0 when it has replayed the newest).
 */
export type OutReason = 'unreachable' | 'lagging';

export interface ReplicaState {
  name: string;
  inRotation: boolean;
  /** Why it is out of the rotation (null while in it). */
  reason: OutReason | null;
  /** Replay lag at the last check, in seconds (null: not known). */
  lagSeconds: number | null;
}

interface Sample {
  at: number;
  lsn: bigint;
}

/** PostgreSQL's "16/B374D848" as a number. */
export function lsnValue(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export class ReplicaHealth {
  readonly states: ReplicaState[];
  private samples: Sample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private logger: Logger | null = null;
  private maxLagMs = 0;
  private checkMs = 2000;
  /** Called with each state change (tests and metrics wait on these, not on time). */
  onChange: ((state: ReplicaState) => void) | null = null;

  constructor(names: string[]) {
    this.states = names.map((name) => ({ name, inRotation: true, reason: null, lagSeconds: null }));
  }

  private get log(): Logger {
    return this.logger ?? processLogger();
  }

  /** A replica in the rotation, at random (null: none: read from the primary). */
  pick(): number | null {
    const up = this.states.flatMap((s, i) => (s.inRotation ? [i] : []));
    return up.length === 0 ? null : up[Math.floor(Math.random() * up.length)]!;
  }

  /** Takes a replica out of the rotation (once; later calls while out change nothing). */
  markOut(index: number, reason: OutReason, detail: { lagSeconds?: number; cause?: string } = {}): void {
    const state = this.states[index]!;
    if (!state.inRotation && state.reason === reason) return;
    const wasIn = state.inRotation;
    state.inRotation = false;
    state.reason = reason;
    if (detail.lagSeconds !== undefined) state.lagSeconds = detail.lagSeconds;
    // The replica's name only: its URL may hold a password.
    this.log.warn(
      { replica: state.name, reason, ...(detail.lagSeconds !== undefined ? { lagSeconds: detail.lagSeconds } : {}), ...(detail.cause ? { cause: detail.cause } : {}), retryMs: this.checkMs, ...(wasIn ? {} : { was: 'out' }) },
      'replica out of the rotation: its reads go to another replica or the primary',
    );
    this.onChange?.(state);
  }

  private markIn(index: number): void {
    const state = this.states[index]!;
    if (state.inRotation) return;
    state.inRotation = true;
    state.reason = null;
    this.log.info({ replica: state.name, lagSeconds: state.lagSeconds }, 'replica back in the rotation');
    this.onChange?.(state);
  }

  /** Starts the periodic checks (the first one at once). */
  start(primary: AbstractSqlConnection, replicas: AbstractSqlConnection[], options: { checkMs: number; maxLagMs: number; logger?: Logger }): void {
    this.stop();
    this.checkMs = options.checkMs;
    this.maxLagMs = options.maxLagMs;
    this.logger = options.logger ?? null;
    const tick = () => {
      this.running = this.check(primary, replicas).finally(() => {
        this.running = null;
        if (this.timer !== undefined) {
          this.timer = setTimeout(tick, this.checkMs);
          this.timer.unref();
        }
      });
    };
    this.timer = setTimeout(tick, 0);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One round: the primary's WAL position, then each replica's reachability and lag. */
  async check(primary: AbstractSqlConnection, replicas: AbstractSqlConnection[]): Promise<void> {
    const now = Date.now();
    try {
      const [row] = await primary.execute<Array<{ lsn: string }>>(`select pg_current_wal_lsn()::text as lsn`);
      this.samples.push({ at: now, lsn: lsnValue(row!.lsn) });
      // Enough history to tell a lag of maxLagMs, and a little more.
      const keep = now - this.maxLagMs - 2 * this.checkMs;
      while (this.samples.length > 1 && this.samples[1]!.at <= keep) this.samples.shift();
    } catch {
      // The primary does not answer: /health/ready says so; the replicas' lag cannot be told this round.
    }
    await Promise.all(
      replicas.map(async (replica, index) => {
        let row: { standby: boolean; replayed: string | null } | undefined;
        try {
          [row] = await replica.execute<Array<{ standby: boolean; replayed: string | null }>>(`select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replayed`);
        } catch (error) {
          this.markOut(index, 'unreachable', { cause: describe(error) });
          return;
        }
        const lagMs = row?.standby && row.replayed ? this.lagMs(lsnValue(row.replayed), Date.now()) : 0;
        const state = this.states[index]!;
        state.lagSeconds = lagMs === null ? null : lagMs / 1000;
        if (this.maxLagMs > 0 && lagMs !== null && lagMs > this.maxLagMs) this.markOut(index, 'lagging', { lagSeconds: lagMs / 1000 });
        else if (state.reason === 'lagging' && lagMs !== null && lagMs > this.maxLagMs / 2) return;
        else this.markIn(index);
      }),
    );
  }

  /** How long ago the primary was at the first position the replica has not replayed (null: no samples yet). */
  private lagMs(replayed: bigint, now: number): number | null {
    if (this.samples.length === 0) return null;
    const behind = this.samples.find((s) => s.lsn > replayed);
    return behind ? now - behind.at : 0;
  }
}

/** An error's kind for the log: SQLSTATE or socket code, never its text (it may quote values). */
export function describe(error: unknown): string {
  for (let e = error as { code?: unknown; name?: unknown; originalError?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth += 1) {
    if (typeof e.code === 'string') return e.code;
    const next = (e.originalError ?? e.cause) as typeof e;
    if (!next) return typeof e.name === 'string' ? e.name : 'error';
    e = next;
  }
  return 'error';
}
