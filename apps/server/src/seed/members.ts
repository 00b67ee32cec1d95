import { addYears, foldText, type CellType, type Gender, type MemberPosition, type MemberStatus } from '@fourgood/rules';
import { dayNumber, isoDay, maxDate, minDate } from './calendar.js';
import { FEMALE_SHARE, personName, type NameRegion } from './names.js';
import type { Rng } from './random.js';

/**
 * Members of one grassroots organisation: people, their cells over time and their statuses
 * over time. Members move between cells of the same organisation only.
 */

export interface CellForMembers {
  id: number;
  path: string;
  rootId: number;
  foundedOn: string;
  cellType: CellType;
  /** Members in the cell today. */
  members: number;
  stableUntil?: string;
}

export interface Period<T> {
  value: T;
  from: string;
  to: string | null;
}

export interface GeneratedMember {
  cardNumber: string;
  fullName: string;
  gender: Gender;
  birthDate: string;
  joinedOn: string;
  officialOn: string | null;
  position: MemberPosition;
  status: MemberStatus;
  /** The cell today; null once membership ended. */
  cell: CellForMembers | null;
  rootId: number;
  memberships: Array<{ cell: CellForMembers; position: MemberPosition; from: string; to: string | null }>;
  statuses: Array<Period<MemberStatus>>;
}

/** Issues unique party card numbers for one province: "NN.NNNNNN". */
export class CardNumbers {
  private counter = 0;

  constructor(private readonly prefix: string) {}

  next(): string {
    const n = ++this.counter;
    // A step coprime with 10^6 scatters serials without ever repeating one.
    if (n < 1_000_000) return `${this.prefix}.${String((n * 738_271 + 104_729) % 1_000_000).padStart(6, '0')}`;
    return `${this.prefix}.${String(n).padStart(7, '0')}`;
  }
}

export interface MemberContext {
  rng: Rng;
  names: NameRegion;
  cards: CardNumbers;
  /** The date the data describes: nobody joins, moves or leaves after it. */
  asOf: string;
}

const EARLIEST_BIRTH = '1940-01-01';
const LATEST_BIRTH = '2004-12-31';
/** Statuses and moves are dated from here on (older history is not kept in detail). */
const HISTORY_FROM = '2012-01-01';
/** Former members left on or after this date. */
const FORMER_FROM = '2016-01-01';

function randomDay(rng: Rng, from: string, to: string): string {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return b <= a ? from : isoDay(a + rng.int(0, b - a));
}

function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

interface PersonOptions {
  leader: boolean;
  cell: CellForMembers;
  /** Latest allowed joining date. */
  joinedBy: string;
  /** Age on `asOf` when it is already decided. */
  age?: number;
}

function person(ctx: MemberContext, opts: PersonOptions): Omit<GeneratedMember, 'position' | 'status' | 'cell' | 'memberships' | 'statuses' | 'rootId'> {
  const { rng, asOf } = ctx;
  const type = opts.cell.cellType;
  let femaleShare = FEMALE_SHARE[ctx.names];
  if (type === 'ARMED_FORCES') femaleShare = 0.1;
  else if (type === 'PUBLIC_SERVICE') femaleShare = 0.62;
  const gender: Gender = rng.chance(femaleShare) ? 'FEMALE' : 'MALE';

  let age: number;
  const stable = opts.cell.stableUntil !== undefined;
  if (opts.age !== undefined) age = opts.age;
  else if (opts.leader) age = rng.int(32, 58);
  else if (type === 'ARMED_FORCES') age = rng.int(23, 52);
  else if (type === 'AGENCY' || type === 'PUBLIC_SERVICE' || type === 'ENTERPRISE') age = rng.int(stable ? 30 : 24, 60);
  else {
    const r = rng.next();
    age = r < 0.12 ? rng.int(22, 29) : r < 0.78 ? rng.int(30, 59) : rng.int(60, 86);
  }
  // Members of a stable cell were already 18 when its last member joined.
  if (stable) age = Math.min(86, Math.max(age, Math.ceil((dayNumber(asOf) - dayNumber(opts.joinedBy)) / 365.25) + 19));
  const birthYearEnd = addYears(asOf, -age);
  let birthDate = isoDay(dayNumber(birthYearEnd) - rng.int(0, 364));
  // The register starts with those born in 1940: the oldest are spread over that year.
  if (birthDate < EARLIEST_BIRTH) birthDate = isoDay(dayNumber(EARLIEST_BIRTH) + rng.int(0, 364));
  birthDate = minDate(LATEST_BIRTH, birthDate);

  // Join between 18 and 45, younger more often; leaders have been members for years.
  const latestJoin = minDate(opts.joinedBy, opts.leader ? addYears(asOf, -4) : asOf);
  const oldestJoinAge = Math.min(45, ageOn(birthDate, latestJoin));
  const joinAge = 18 + Math.floor(Math.max(0, oldestJoinAge - 18 + 1) * rng.next() ** 1.5);
  let joinedOn = isoDay(dayNumber(addYears(birthDate, joinAge)) + rng.int(0, 300));
  joinedOn = minDate(joinedOn, latestJoin);
  if (joinedOn < addYears(birthDate, 18)) joinedOn = addYears(birthDate, 18);
  const official = addYears(joinedOn, 1);
  return {
    cardNumber: ctx.cards.next(),
    fullName: personName(rng, ctx.names, gender),
    gender,
    birthDate,
    joinedOn,
    officialOn: official <= asOf ? official : null,
  };
}

/** Positions in a cell of `n` members: secretary, deputy, 1–3 committee members, then members. */
function positions(rng: Rng, n: number): MemberPosition[] {
  const out: MemberPosition[] = ['SECRETARY'];
  if (n >= 3) out.push('DEPUTY_SECRETARY');
  // Cells of 9 or more elect a cell committee; smaller ones still have one helper when they can.
  const committee = n >= 9 ? rng.int(1, 3) : n >= 6 ? 1 : 0;
  for (let i = 0; i < committee; i++) out.push('COMMITTEE_MEMBER');
  while (out.length < n) out.push('MEMBER');
  return out.slice(0, n);
}

function currentMember(ctx: MemberContext, cell: CellForMembers, position: MemberPosition): GeneratedMember {
  const { rng, asOf } = ctx;
  const leader = position !== 'MEMBER';
  const stableUntil = cell.stableUntil;
  const p = person(ctx, { leader, cell, joinedBy: stableUntil ? addYears(stableUntil, -1) : asOf });
  const from = maxDate(p.joinedOn, cell.foundedOn);
  const statuses: Array<Period<MemberStatus>> = [{ value: 'ACTIVE', from: p.joinedOn, to: null }];
  if (!leader && !stableUntil) {
    const age = ageOn(p.birthDate, asOf);
    const afterJoin = addYears(from, 1);
    let change: { status: MemberStatus; on: string } | null = null;
    if (age >= 70 && rng.chance(0.45)) {
      const earliest = maxDate(maxDate(addYears(p.birthDate, 70), afterJoin), HISTORY_FROM);
      if (earliest <= asOf) change = { status: 'EXEMPT', on: randomDay(rng, earliest, asOf) };
    } else if (age >= 55 && rng.chance(0.012)) {
      const earliest = maxDate(afterJoin, '2018-01-01');
      if (earliest <= asOf) change = { status: 'EXEMPT', on: randomDay(rng, earliest, asOf) };
    } else if (age >= 24 && age <= 55 && rng.chance(0.015)) {
      const earliest = maxDate(afterJoin, '2022-01-01');
      if (earliest <= asOf) change = { status: 'TEMPORARILY_ELSEWHERE', on: randomDay(rng, earliest, asOf) };
    }
    if (change && change.on > p.joinedOn) {
      statuses[0]!.to = change.on;
      statuses.push({ value: change.status, from: change.on, to: null });
    }
  }
  return {
    ...p,
    position,
    status: statuses[statuses.length - 1]!.value,
    cell,
    rootId: cell.rootId,
    memberships: [{ cell, position, from, to: null }],
    statuses,
  };
}

/** A member who has left the cell: died, or transferred out of the province, before `asOf`. */
function formerMember(ctx: MemberContext, cell: CellForMembers): GeneratedMember | null {
  const { rng, asOf } = ctx;
  const latest = isoDay(dayNumber(asOf) - 1);
  const on = randomDay(rng, FORMER_FROM, latest);
  const deceased = rng.chance(cell.cellType === 'RESIDENTIAL' ? 0.65 : 0.25);
  let age: number | undefined;
  if (deceased) {
    // Died between 60 and 90, born no earlier than 1940.
    const yearsAgo = Number(asOf.slice(0, 4)) - Number(on.slice(0, 4));
    age = rng.int(60, Math.max(60, Math.min(90, Number(on.slice(0, 4)) - 1941))) + yearsAgo;
  }
  const p = person(ctx, { leader: false, cell, joinedBy: addYears(on, -1), age });
  const from = maxDate(p.joinedOn, cell.foundedOn);
  if (addYears(from, 1) > on) return null;
  const status: MemberStatus = deceased ? 'DECEASED' : 'TRANSFERRED_OUT';
  const official = addYears(p.joinedOn, 1);
  return {
    ...p,
    officialOn: official <= on ? official : null,
    position: 'MEMBER',
    status,
    cell: null,
    rootId: cell.rootId,
    memberships: [{ cell, position: 'MEMBER', from, to: on }],
    statuses: [
      { value: 'ACTIVE', from: p.joinedOn, to: on },
      { value: status, from: on, to: null },
    ],
  };
}

/** Share of today's members who moved in from another cell of the same organisation. */
const TRANSFER_SHARE = 0.02;
/** Former members per member of today: about 1.2% leave a year over the last ten years. */
const FORMER_SHARE = 0.12;

/**
 * Members of the cells of one grassroots organisation: exactly `cell.members` today in each,
 * plus former members, plus some who moved between these cells.
 */
export function generateMembers(ctx: MemberContext, cells: readonly CellForMembers[]): GeneratedMember[] {
  const { rng, asOf } = ctx;
  const out: GeneratedMember[] = [];
  for (const cell of cells) {
    for (const position of positions(rng, cell.members)) out.push(currentMember(ctx, cell, position));
    if (!cell.stableUntil) {
      const former = Math.floor(cell.members * FORMER_SHARE + rng.next());
      for (let i = 0; i < former; i++) {
        const m = formerMember(ctx, cell);
        if (m) out.push(m);
      }
    }
  }
  const open = cells.filter((c) => !c.stableUntil);
  if (open.length < 2) return out;
  const candidates = out.filter((m) => m.cell && !m.cell.stableUntil && m.position === 'MEMBER');
  const moves = Math.round(candidates.length * TRANSFER_SHARE);
  const latest = isoDay(dayNumber(asOf) - 30);
  for (let i = 0; i < moves; i++) {
    const m = candidates[rng.int(0, candidates.length - 1)]!;
    if (m.memberships.length > 1) continue;
    const to = m.cell!;
    const fromCell = rng.pick(open);
    if (fromCell === to) continue;
    const start = maxDate(m.joinedOn, fromCell.foundedOn);
    const earliest = maxDate(maxDate(addYears(start, 1), isoDay(dayNumber(to.foundedOn) + 1)), HISTORY_FROM);
    if (earliest > latest) continue;
    const on = randomDay(rng, earliest, latest);
    m.memberships = [
      { cell: fromCell, position: 'MEMBER', from: start, to: on },
      { cell: to, position: m.position, from: on, to: null },
    ];
  }
  return out;
}

export function nameSearchOf(fullName: string): string {
  return foldText(fullName);
}
