import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity({ tableName: 'app_session' })
@Index({ properties: ['user'] })
export class Session {
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'Date' })
  createdAt!: Date;

  /** Sliding: pushed forward as the session is used (once less than half is left, SLIDE_WHEN_LEFT_MS), never past `absoluteExpiresAt`. */
  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date' })
  absoluteExpiresAt!: Date;

  /**
   * Until when this session's reads go to the primary, not a replica: set after each of its
   * mutations, so that it reads its own writes while the replicas catch up (read-your-writes).
   * Kept here, not in the process, so that every API process behind the load balancer sees it.
   */
  @Property({ type: 'Date', nullable: true })
  readsPrimaryUntil?: Date | null;
}
