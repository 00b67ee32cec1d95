import type { EntityManager } from '@mikro-orm/knex';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { subtreeUpperBound, type OrganizationKind as KindT } from '@fourgood/rules';
import { createRequest, type Context } from '../context.js';
import { invalid } from '../graphql/errors.js';
import { OrganizationKind } from '../graphql/enums.js';
import { idOf, optionalIdOf, toGlobalId } from '../graphql/relay.js';
import type { HierarchyService } from './hierarchy.service.js';
import {
  CreateOrganizationInput,
  DissolveOrganizationInput,
  MergeOrganizationsInput,
  MoveOrganizationInput,
  UpdateOrganizationInput,
} from './organization.inputs.js';
import { Organization } from './organization.entity.js';

/** One change to the tree, to preview: exactly one of the five, as the mutation of that name takes it. */
@InputType()
export class OrganizationChangeInput {
  @Field(() => CreateOrganizationInput, { nullable: true }) create?: CreateOrganizationInput | null;
  @Field(() => UpdateOrganizationInput, { nullable: true }) update?: UpdateOrganizationInput | null;
  @Field(() => MoveOrganizationInput, { nullable: true }) move?: MoveOrganizationInput | null;
  @Field(() => MergeOrganizationsInput, { nullable: true }) merge?: MergeOrganizationsInput | null;
  @Field(() => DissolveOrganizationInput, { nullable: true }) dissolve?: DissolveOrganizationInput | null;
}

@ObjectType({ description: 'An organisation as it would stand after the change (a plain copy: nothing was saved)' })
export class OrganizationPreviewNode {
  /** The global id; a new organisation has a provisional one that names nothing once the preview ends. */
  @Field(() => ID, { description: 'Global id (provisional for an organisation being created)' }) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => OrganizationKind) kind!: KindT;
  @Field(() => Int, { description: 'Indentation: 0 for the first line of the tree shown' }) level!: number;
  @Field(() => Boolean, { description: 'Created, renamed, moved here or dissolved by the change' }) changed!: boolean;
  @Field(() => Int, { description: 'Members in its subtree after the change' }) members!: number;
}

@ObjectType({ description: 'What a change to the tree would do; nothing is saved' })
export class OrganizationChangePreview {
  @Field(() => Int, { description: 'Organisations that change place (each with its subtree)' }) organizationsMoving!: number;
  @Field(() => Int, { description: 'Cells among them' }) cellsMoving!: number;
  @Field(() => Int, { description: 'Members whose cell changes place' }) membersMoving!: number;
  @Field(() => [OrganizationPreviewNode], { description: 'Dissolved by the change (the merged source, the dissolved organisation)' }) dissolved!: OrganizationPreviewNode[];
  @Field(() => [OrganizationPreviewNode], {
    description: 'The tree after the change where it happens: from the top of your scope down to the receiving organisation, then its organisations (at most 50)',
  })
  treeAfter!: OrganizationPreviewNode[];
}

/** Thrown to end the preview's transaction: its work is rolled back and the preview handed out. */
class Rollback extends Error {
  constructor(readonly preview: OrganizationChangePreview) {
    super('preview rolled back');
  }
}

const CHILDREN_SHOWN = 50;

/**
 * A change to the tree, previewed by the same service code as the mutation: the change runs in a
 * transaction of its own (same checks, same errors on the same fields) that is always rolled back;
 * the counts are read before it, the tree after it, inside the transaction. Scope: the services of
 * the transaction get the caller's access, so the checks and reads are those of the mutation.
 */
export async function previewOrganizationChange(ctx: Context, input: OrganizationChangeInput): Promise<OrganizationChangePreview> {
  const given = (['create', 'update', 'move', 'merge', 'dissolve'] as const).filter((k) => input[k] != null);
  if (given.length !== 1) throw invalid(given[1] ? `input.${given[1]}` : 'input', 'Give exactly one change', 'ONE_OF_TWO');
  const moving = await countMoving(ctx, input);
  const fork = ctx.em.fork({ clear: true }) as EntityManager;
  try {
    await fork.transactional(async (tx) => {
      const { services } = createRequest(tx as EntityManager, ctx.dialect, ctx.access, ctx.today);
      const tree = await applyAndRead(services.hierarchy, tx as EntityManager, input, ctx);
      throw new Rollback({ ...moving, ...tree });
    });
  } catch (error) {
    if (error instanceof Rollback) return error.preview;
    throw error;
  }
  throw new Error('unreachable: the preview transaction always rolls back');
}

/** How many organisations, cells and members change place (before the change: today's tree). */
async function countMoving(ctx: Context, input: OrganizationChangeInput): Promise<Pick<OrganizationChangePreview, 'organizationsMoving' | 'cellsMoving' | 'membersMoving'>> {
  let root: Organization | null = null;
  let includeRoot = true;
  if (input.move) root = await ctx.hierarchy.requireEditable(idOf('Organization', input.move.id, 'input.id'), 'input.id');
  if (input.merge) {
    root = await ctx.hierarchy.requireEditable(idOf('Organization', input.merge.sourceId, 'input.sourceId'), 'input.sourceId');
    includeRoot = false;
  }
  if (!root || root.dissolvedOn) return { organizationsMoving: 0, cellsMoving: 0, membersMoving: 0 };
  const conn = ctx.em.getConnection();
  const [orgs] = await conn.execute<Array<{ n: number; cells: number }>>(
    `select count(*) as n, coalesce(sum(case when kind in ('CELL', 'GRASSROOTS_CELL') then 1 else 0 end), 0) as cells
       from organization where path >= ? and path < ? and dissolved_on is null and id <> ?`,
    [root.path, subtreeUpperBound(root.path), includeRoot ? -1 : root.id],
  );
  const [members] = await conn.execute<Array<{ n: number }>>(`select count(*) as n from member where org_path >= ? and org_path < ?`, [root.path, subtreeUpperBound(root.path)]);
  return { organizationsMoving: Number(orgs?.n ?? 0), cellsMoving: Number(orgs?.cells ?? 0), membersMoving: Number(members?.n ?? 0) };
}

/** Runs the change through the service (inside the preview's transaction) and reads the tree where it happened. */
async function applyAndRead(hierarchy: HierarchyService, tx: EntityManager, input: OrganizationChangeInput, ctx: Context) {
  const changed = new Set<number>();
  const dissolved: Organization[] = [];
  let focus: Organization | null;
  if (input.create) {
    const created = await hierarchy.create({ ...input.create, parentId: optionalIdOf('Organization', input.create.parentId, 'input.parentId') });
    changed.add(created.id);
    focus = created.parent ? await hierarchy.byId(created.parent.id) : created;
  } else if (input.update) {
    const updated = await hierarchy.update(idOf('Organization', input.update.id, 'input.id'), input.update);
    changed.add(updated.id);
    focus = updated.parent ? await hierarchy.byId(updated.parent.id) : updated;
  } else if (input.move) {
    const id = idOf('Organization', input.move.id, 'input.id');
    const moved = await hierarchy.move(id, idOf('Organization', input.move.newParentId, 'input.newParentId'), input.move.effectiveOn);
    changed.add(moved.id);
    focus = moved.parent ? await hierarchy.byId(moved.parent.id) : null;
  } else if (input.merge) {
    const sourceId = idOf('Organization', input.merge.sourceId, 'input.sourceId');
    const before = await tx.execute<Array<{ id: number }>>(`select id from organization where parent_id = ? and dissolved_on is null`, [sourceId]);
    before.forEach((o) => changed.add(Number(o.id)));
    focus = await hierarchy.merge(sourceId, idOf('Organization', input.merge.targetId, 'input.targetId'), input.merge.effectiveOn);
    const source = await tx.findOne(Organization, sourceId, { refresh: true });
    if (source) dissolved.push(source);
  } else {
    const org = await hierarchy.dissolve(idOf('Organization', input.dissolve!.id, 'input.id'), input.dissolve!.effectiveOn);
    dissolved.push(org);
    focus = org.parent ? await hierarchy.byId(org.parent.id) : null;
  }
  const treeAfter: Array<{ org: Organization; level: number }> = [];
  if (focus) {
    const ancestors = await hierarchy.ancestors(focus, ctx.today);
    ancestors.forEach((org, level) => treeAfter.push({ org, level }));
    treeAfter.push({ org: focus, level: ancestors.length });
    if (!focus.dissolvedOn) {
      const children = await hierarchy.children(focus, ctx.today, { first: CHILDREN_SHOWN });
      // The changed ones first, so that they are shown whatever the number of children.
      const sorted = [...children.nodes].sort((a, b) => Number(changed.has(b.id)) - Number(changed.has(a.id)));
      sorted.forEach((org) => treeAfter.push({ org, level: ancestors.length + 1 }));
    }
  }
  const members = await memberCounts(tx, [...treeAfter.map((n) => n.org), ...dissolved]);
  const node = (org: Organization, level: number): OrganizationPreviewNode => ({
    id: toGlobalId('Organization', org.id),
    code: org.code,
    name: org.name,
    kind: org.kind,
    level,
    changed: changed.has(org.id) || dissolved.some((d) => d.id === org.id),
    members: members.get(org.id) ?? 0,
  });
  return { treeAfter: treeAfter.map(({ org, level }) => node(org, level)), dissolved: dissolved.map((org) => node(org, 0)) };
}

/** Members in each organisation's subtree, as they stand inside the preview's transaction (one statement). */
async function memberCounts(tx: EntityManager, orgs: Organization[]): Promise<Map<number, number>> {
  const live = orgs.filter((o) => !o.dissolvedOn);
  if (live.length === 0) return new Map();
  const sql = live.map(() => `select ? as id, count(*) as n from member where org_path >= ? and org_path < ?`).join(' union all ');
  const rows = await tx.execute<Array<{ id: number; n: number }>>(
    sql,
    live.flatMap((o) => [o.id, o.path, subtreeUpperBound(o.path)]),
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
}
