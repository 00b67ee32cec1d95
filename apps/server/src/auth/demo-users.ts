import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Organization } from '../hierarchy/organization.entity.js';
import { Access } from './access.js';
import { createRequest } from '../context.js';
import { dialectOfOrm } from '../seed/bulk-writer.js';
import type { Role } from './roles.js';

/**
 * One account per role for the demo data, with passwords printed in the README. For the demo
 * only: a real installation creates its first admin with `pnpm create-admin`.
 */
export const DEMO_USERS: Array<{ username: string; displayName: string; password: string; role: Role; scopeCode: string | null }> = [
  { username: 'admin', displayName: 'Quản trị viên (demo)', password: 'demo-admin-2026', role: 'ADMIN', scopeCode: null },
  { username: 'canbo.quangninh', displayName: 'Cán bộ Ban Tổ chức Tỉnh ủy Quảng Ninh (demo)', password: 'demo-staff-2026', role: 'STAFF', scopeCode: 'QN-QUANGNINH' },
  { username: 'phantich', displayName: 'Chuyên viên phân tích (demo)', password: 'demo-analyst-2026', role: 'ANALYST', scopeCode: null },
  { username: 'lanhdao.dienbien', displayName: 'Lãnh đạo Tỉnh ủy Điện Biên (demo)', password: 'demo-leader-2026', role: 'LEADER', scopeCode: 'DB-DIENBIEN' },
];

export async function seedDemoUsers(orm: MikroORM): Promise<void> {
  const { auth } = createRequest(orm.em.fork() as EntityManager, dialectOfOrm(orm), Access.system()).services;
  const em = orm.em.fork({ disableContextResolution: true });
  for (const demo of DEMO_USERS) {
    const user = await auth.createUser(demo);
    const scope = demo.scopeCode ? await em.findOne(Organization, { code: demo.scopeCode }, { filters: false }) : null;
    if (demo.scopeCode && !scope) throw new Error(`demo scope ${demo.scopeCode} is missing`);
    await auth.grant(user.id, demo.role, scope?.id ?? null);
  }
}
