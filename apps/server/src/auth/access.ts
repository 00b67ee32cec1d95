import { subtreeUpperBound } from '@fourgood/rules';
import { AppError, ErrorCode } from '../graphql/errors.js';
import { roleAllows, type Permission, type Role } from './roles.js';

export interface ScopedGrant {
  role: Role;
  /** Current path of the scope organisation; null for the whole country. */
  scopePath: string | null;
}

export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
}

/**
 * What the caller of one request may do. Built once per request from the session; services ask
 * it before every change, and the MikroORM `scope` filter built from `readRanges()` limits every
 * ORM read of organisations and members to the caller's subtrees.
 */
export class Access {
  private constructor(
    readonly viewer: Viewer | null,
    readonly grants: readonly ScopedGrant[],
    private readonly system: boolean,
  ) {}

  /** Seeds, command-line tools and tests of services: no limits. */
  static system(): Access {
    return new Access(null, [], true);
  }

  static anonymous(): Access {
    return new Access(null, [], false);
  }

  static of(viewer: Viewer, grants: ScopedGrant[]): Access {
    return new Access(viewer, grants, false);
  }

  get authenticated(): boolean {
    return this.system || this.viewer !== null;
  }

  requireAuthenticated(): void {
    if (!this.authenticated) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Please sign in');
  }

  /** True when the caller holds `permission` over `path` (null: a national object, e.g. a province's parent). */
  can(permission: Permission, path: string | null): boolean {
    if (this.system) return true;
    return this.grants.some(
      (g) => roleAllows(g.role, permission) && (g.scopePath === null || (path !== null && path.startsWith(g.scopePath))),
    );
  }

  /** True when the caller holds `permission` anywhere. */
  canSomewhere(permission: Permission): boolean {
    return this.system || this.grants.some((g) => roleAllows(g.role, permission));
  }

  require(permission: Permission, path: string | null, field?: string): void {
    this.requireAuthenticated();
    if (!this.can(permission, path)) {
      throw new AppError(ErrorCode.FORBIDDEN, 'You do not have the right to do this for this organisation', field === undefined ? {} : { field, reason: 'FORBIDDEN' });
    }
  }

  requireSomewhere(permission: Permission): void {
    this.requireAuthenticated();
    if (!this.canSomewhere(permission)) throw new AppError(ErrorCode.FORBIDDEN, 'Your role does not allow this');
  }

  /**
   * The path ranges the caller may read, or null for everything. Overlapping grants are merged
   * so that a subtree is never counted twice.
   */
  readRanges(permission: Permission = 'READ'): Array<[string, string]> | null {
    if (this.system) return null;
    const paths = this.grants.filter((g) => roleAllows(g.role, permission)).map((g) => g.scopePath);
    if (paths.includes(null)) return null;
    const sorted = [...new Set(paths as string[])].sort();
    const roots = sorted.filter((p, i) => !sorted.slice(0, i).some((q) => p.startsWith(q)));
    return roots.map((p) => [p, subtreeUpperBound(p)]);
  }
}
