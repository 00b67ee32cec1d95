import { fromGlobalId, toGlobalId, type NodeTypeName } from '../../apps/server/src/graphql/relay.js';
import type { Client, TestServer } from './server.js';

/*
 * One factory per model, over the public API, so that each test states only what it cares about:
 * every factory fills what the test leaves out and returns the global id of what it made.
 */

/** The global id of a row (e.g. one that does not exist, for NOT_FOUND). */
export function globalId(type: NodeTypeName, id: number): string {
  return toGlobalId(type, id);
}

/** The database id behind a global id (for set-up in SQL). */
export function dbId(id: string): number {
  return fromGlobalId(id).id;
}

// ------------------------------------------------------------------ organisations and members

export interface OrgInput {
  code: string;
  name: string;
  kind: string;
  parentId?: string | null;
  foundedOn?: string;
  sector?: string | null;
  cellType?: string | null;
}

export async function createOrg(server: TestServer, input: OrgInput): Promise<string> {
  const data = await server.data<{ createOrganization: { id: string } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { foundedOn: '1990-01-01', ...input } },
  );
  return data.createOrganization.id;
}

let cardCounter = 0;
export interface MemberInput {
  organizationId: string;
  fullName?: string;
  gender?: string;
  birthDate?: string;
  joinedOn?: string;
  position?: string;
  cardNumber?: string;
  since?: string;
}

export async function createMember(server: TestServer, input: MemberInput): Promise<string> {
  cardCounter += 1;
  const data = await server.data<{ createMember: { id: string } }>(
    `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`,
    {
      input: {
        fullName: 'Nguyễn Văn An',
        gender: 'MALE',
        birthDate: '1980-05-05',
        joinedOn: '2005-05-05',
        position: 'MEMBER',
        cardNumber: `TC${String(process.pid).slice(-3)}${String(cardCounter).padStart(6, '0')}`,
        since: '2010-01-01',
        ...input,
      },
    },
  );
  return data.createMember.id;
}

// ------------------------------------------------------------------ meetings

export type AttendanceStatus = 'PRESENT' | 'EXCUSED' | 'UNEXCUSED';

export interface MeetingFactoryInput {
  organizationId: string;
  date: string;
  kind?: string;
  startTime?: string;
  endTime?: string;
  /** Each member's status (member global id → status); everyone on the day's roll PRESENT when left out. */
  attendance?: Record<string, AttendanceStatus>;
  /** The reason given by members EXCUSED. */
  reason?: string;
  /** Oversight assignments whose person attended. */
  guestAssignmentIds?: string[];
  /** Any other field of RecordMeetingInput. */
  extra?: Record<string, unknown>;
}

const THEMATIC = new Set(['THEMATIC', 'REGULAR_WITH_THEMATIC']);

/** Records a meeting with its attendance (by default, the whole roll present) and returns its id. */
export async function recordMeeting(server: TestServer, input: MeetingFactoryInput, client: Client = server): Promise<string> {
  const kind = input.kind ?? 'REGULAR';
  let attendance = input.attendance;
  if (!attendance) {
    const roll = await client.data(`query($id: ID!, $date: Date!) { meetingRoll(organizationId: $id, date: $date) { id } }`, { id: input.organizationId, date: input.date });
    attendance = Object.fromEntries(roll.meetingRoll.map((m: { id: string }) => [m.id, 'PRESENT' as const]));
  }
  const data = await client.data(`mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id } }`, {
    input: {
      organizationId: input.organizationId,
      kind,
      date: input.date,
      startTime: input.startTime ?? '19:00',
      endTime: input.endTime ?? '21:00',
      place: 'Nhà văn hóa',
      topic: THEMATIC.has(kind) ? 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh' : null,
      draftResolution: true,
      fullMinutes: true,
      attendance: Object.entries(attendance).map(([memberId, status]) => ({ memberId, status, ...(status === 'EXCUSED' ? { reason: input.reason ?? 'Ốm' } : {}) })),
      ...(input.guestAssignmentIds ? { guests: input.guestAssignmentIds.map((assignmentId) => ({ assignmentId })) } : {}),
      ...input.extra,
    },
  });
  return data.recordMeeting.id;
}

// ------------------------------------------------------------------ oversight

export interface OversightFactoryInput {
  organizationId: string;
  /** The superior committee the person sits on. */
  committeeId: string;
  fullName?: string;
  title?: string;
  fromDate?: string;
  toDate?: string | null;
  requiredPerYear?: number;
}

/** Assigns a superior committee member to follow an organisation; returns the assignment's id. */
export async function assignOversight(server: TestServer, input: OversightFactoryInput, client: Client = server): Promise<string> {
  const data = await client.data(`mutation($input: AssignOversightInput!) { assignOversight(input: $input) { id } }`, {
    input: { fullName: 'Bùi Văn Khải', title: 'Phó Bí thư Đảng ủy', fromDate: '2020-01-01', ...input },
  });
  return data.assignOversight.id;
}

// ------------------------------------------------------------------ criteria tables

export interface CriteriaTableFactoryInput {
  seriesCode: string;
  model: string;
  ownerId: string;
  groups: unknown[];
  items: unknown[];
  name?: string;
  cellType?: string | null;
  isExample?: boolean;
}

/** Creates a criteria table, saves its content (which must have no problems) and publishes it; returns its id. */
export async function publishedCriteriaTable(server: TestServer, input: CriteriaTableFactoryInput): Promise<string> {
  const { groups, items, ...table } = input;
  const created = await server.data(`mutation($input: CreateCriteriaTableInput!) { createCriteriaTable(input: $input) { id lockVersion } }`, {
    input: { name: `Bảng ${input.seriesCode} (ví dụ)`, isExample: true, ...table },
  });
  const { id, lockVersion } = created.createCriteriaTable;
  const saved = await server.data(`mutation($input: SaveCriteriaTableInput!) { saveCriteriaTable(input: $input) { table { lockVersion } problems { path code } } }`, {
    input: { id, expectedVersion: lockVersion, groups, items },
  });
  if (saved.saveCriteriaTable.problems.length > 0) throw new Error(`criteria table ${input.seriesCode}: ${JSON.stringify(saved.saveCriteriaTable.problems)}`);
  const published = await server.data(`mutation($input: PublishCriteriaTableInput!) { publishCriteriaTable(input: $input) { status } }`, {
    input: { id, expectedVersion: saved.saveCriteriaTable.table.lockVersion },
  });
  if (published.publishCriteriaTable.status !== 'PUBLISHED') throw new Error(`criteria table ${input.seriesCode} was not published`);
  return id;
}
