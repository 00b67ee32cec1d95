import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins counted per (account, client address) and per client address. Locks are per
 * pair, so failing on purpose from one address cannot lock the owner out from theirs.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  /** "account:<username>|<ip>" or "ip:<ip>". */
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'Date' })
  windowStartedAt!: Date;

  @Property({ type: 'Date', nullable: true })
  lockedUntil: Date | null = null;
}
