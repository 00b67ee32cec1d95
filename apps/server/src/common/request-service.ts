import type { EntityManager } from '@mikro-orm/knex';
import type { AuditLog } from '../audit/audit.service.js';
import type { Access } from '../auth/access.js';
import type { RequestDeps } from '../context.js';
import type { Dialect } from '../db/orm.js';
import type { Loaders } from '../loaders.js';

/** A service of one request: it keeps the request's deps (built once in context.ts) at hand. */
export abstract class RequestService {
  protected readonly em: EntityManager;
  protected readonly dialect: Dialect;
  protected readonly today: string;
  protected readonly access: Access;
  protected readonly audit: AuditLog;
  protected readonly loaders: Loaders;

  constructor(deps: RequestDeps) {
    this.em = deps.em;
    this.dialect = deps.dialect;
    this.today = deps.today;
    this.access = deps.access;
    this.audit = deps.audit;
    this.loaders = deps.loaders;
  }
}
