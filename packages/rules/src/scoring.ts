/**
 * Criteria tables (bảng tiêu chí) and scoring against them: the "4 good" model (Chi bộ 4 tốt,
 * Đảng bộ cơ sở 4 tốt), the annual quality rating (Regulation 366-QĐ/TW) and meeting quality.
 * See DOMAIN.md, "The '4 good' model" and "Annual quality rating".
 *
 * All point arithmetic is done in hundredths held as integers, so 94.99 vs 95 and 89.99 vs 90 are
 * decided exactly. Points carry at most two decimals; validateTable and validateEntries enforce it.
 *
 * Problem `code`s are stable identifiers for the UI to translate; `message`s are English fallbacks.
 */

import type { AssessmentReason, CommonReason, CriteriaReason, ProblemValues } from './reasons/index.js';
import { itemMetricProblems } from './metrics.js';

export const CriteriaModel = {
  FOUR_GOOD_CELL: 'FOUR_GOOD_CELL',
  FOUR_GOOD_COMMITTEE: 'FOUR_GOOD_COMMITTEE',
  ORGANIZATION_RATING: 'ORGANIZATION_RATING',
  MEMBER_RATING: 'MEMBER_RATING',
  MEETING_QUALITY: 'MEETING_QUALITY',
} as const;
export type CriteriaModel = (typeof CriteriaModel)[keyof typeof CriteriaModel];
export const CRITERIA_MODELS = Object.values(CriteriaModel);

/** Whether tables of this model decide "4 good" (ScoreResult.fourGood is null otherwise). */
export function isFourGoodModel(model: CriteriaModel): boolean {
  return model === 'FOUR_GOOD_CELL' || model === 'FOUR_GOOD_COMMITTEE';
}

/**
 * SCORED: 0..maxPoints. YES_NO: yes = maxPoints, no = 0. DEDUCTION (điểm trừ): points lost,
 * 0..maxPoints, entered as a positive number. BONUS (điểm thưởng): 0..maxPoints. VETO: maxPoints 0,
 * entered as yes (the condition occurred) / no.
 */
export const ItemKind = {
  SCORED: 'SCORED',
  YES_NO: 'YES_NO',
  DEDUCTION: 'DEDUCTION',
  BONUS: 'BONUS',
  VETO: 'VETO',
} as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];
export const ITEM_KINDS = Object.values(ItemKind);

/** Base items add up to the table total; the others adjust it or veto. */
export function isBaseItemKind(kind: ItemKind): boolean {
  return kind === 'SCORED' || kind === 'YES_NO';
}

/** A veto either blocks the top level (and "4 good") or forces the lowest level. */
export const VetoEffect = {
  BLOCKS_TOP: 'BLOCKS_TOP',
  FORCES_LOWEST: 'FORCES_LOWEST',
} as const;
export type VetoEffect = (typeof VetoEffect)[keyof typeof VetoEffect];
export const VETO_EFFECTS = Object.values(VetoEffect);

/** Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export const RatingLevel = {
  EXCELLENT: 'EXCELLENT',
  GOOD: 'GOOD',
  COMPLETED: 'COMPLETED',
  NOT_COMPLETED: 'NOT_COMPLETED',
} as const;
export type RatingLevel = (typeof RatingLevel)[keyof typeof RatingLevel];
export const RATING_LEVELS = Object.values(RatingLevel);

/** Whether `level` ranks above `other` (EXCELLENT above GOOD above COMPLETED above NOT_COMPLETED). */
export function isAbove(level: RatingLevel, other: RatingLevel): boolean {
  return RATING_LEVELS.indexOf(level) < RATING_LEVELS.indexOf(other);
}

/** Tốt / khá / trung bình / kém: the meeting-quality names for the same four bands. */
export const MeetingQuality = {
  GOOD: 'GOOD',
  FAIR: 'FAIR',
  AVERAGE: 'AVERAGE',
  POOR: 'POOR',
} as const;
export type MeetingQuality = (typeof MeetingQuality)[keyof typeof MeetingQuality];
export const MEETING_QUALITIES = Object.values(MeetingQuality);

const MEETING_QUALITY_OF: Record<RatingLevel, MeetingQuality> = {
  EXCELLENT: 'GOOD',
  GOOD: 'FAIR',
  COMPLETED: 'AVERAGE',
  NOT_COMPLETED: 'POOR',
};

/** Reads a level computed for a MEETING_QUALITY table under the meeting names. */
export function meetingQualityOf(level: RatingLevel): MeetingQuality {
  return MEETING_QUALITY_OF[level];
}

export interface OutcomeRules {
  /** Base points: the sum of SCORED and YES_NO maxPoints. */
  total: number;
  /** "4 good" when total >= this (FOUR_GOOD_* models only). */
  fourGoodThreshold: number;
  /** >= top → EXCELLENT, >= second → GOOD, >= third → COMPLETED, else NOT_COMPLETED. */
  bands: { top: number; second: number; third: number };
  bonusCap: number;
  deductionCap: number;
  /** Excellent may not exceed this % of the number rated good among comparable units under one superior. */
  excellentCapPercent: number;
  /** The same cap for units recognised as outstanding. */
  outstandingCapPercent: number;
}

export const DEFAULT_OUTCOME_RULES: OutcomeRules = Object.freeze({
  total: 100,
  fourGoodThreshold: 95,
  bands: Object.freeze({ top: 90, second: 70, third: 50 }),
  bonusCap: 5,
  deductionCap: 10,
  excellentCapPercent: 20,
  outstandingCapPercent: 25,
}) as OutcomeRules;

/** The level the bands give a total, before vetoes and group minimums (which can only lower it). */
export function levelOfTotal(total: number, bands: OutcomeRules['bands']): RatingLevel {
  const h = toHundredths(total);
  if (h >= toHundredths(bands.top)) return 'EXCELLENT';
  if (h >= toHundredths(bands.second)) return 'GOOD';
  if (h >= toHundredths(bands.third)) return 'COMPLETED';
  return 'NOT_COMPLETED';
}

/**
 * Whether a level recorded with its points fits the bands: it may not be above the level the
 * points reach (EXCELLENT with 40 of 100 is refused), and it may be below (a veto or a group
 * under its minimum lowers a level whatever the points). A message when it does not fit, else null.
 */
export function ratingLevelProblem(level: RatingLevel, points: number | null | undefined, bands: OutcomeRules['bands'] = DEFAULT_OUTCOME_RULES.bands): string | null {
  if (points == null) return null;
  const reached = levelOfTotal(points, bands);
  if (RATING_LEVELS.indexOf(level) >= RATING_LEVELS.indexOf(reached)) return null;
  const floor = level === 'EXCELLENT' ? bands.top : level === 'GOOD' ? bands.second : bands.third;
  return `${points} points reach ${reached}: ${level} needs at least ${floor}`;
}

export interface CriteriaGroupDef {
  code: string;
  title: string;
  /** Optional minimum for the group's base points; falling below it forbids EXCELLENT and "4 good". */
  minPoints?: number | null;
}

export interface CriteriaItemDef {
  code: string;
  groupCode: string;
  text: string;
  guidance?: string | null;
  kind: ItemKind;
  maxPoints: number;
  vetoEffect?: VetoEffect | null;
  metric?: string | null;
}

export interface CriteriaTableDef {
  model: CriteriaModel;
  groups: CriteriaGroupDef[];
  items: CriteriaItemDef[];
  outcome: OutcomeRules;
}

// ---------------------------------------------------------------------------------------------
// Exact decimals: points in hundredths as integers.

const EPSILON = 1e-6;

/** Whether x is a finite number with at most two decimals (2.55 yes, 2.555 no). */
export function hasAtMostTwoDecimals(x: number): boolean {
  if (!Number.isFinite(x)) return false;
  const scaled = x * 100;
  return Math.abs(scaled - Math.round(scaled)) <= EPSILON * Math.max(1, Math.abs(scaled));
}

/** Points as whole hundredths (9.16 → 916): the unit of every comparison and sum. */
export function toHundredths(x: number): number {
  return Math.round(x * 100);
}

/** Whole hundredths back to points (916 → 9.16). */
export function fromHundredths(h: number): number {
  return h / 100;
}

const toH = toHundredths;
const fromH = fromHundredths;

// ---------------------------------------------------------------------------------------------
// Table validation

export interface TableProblem {
  /** Where: "items[3].maxPoints", "groups[1].code", "outcome.bands", "items". */
  path: string;
  code: CriteriaReason;
  message: string;
  /** What the app needs to word it (the bad code, a limit, the sums). */
  values?: ProblemValues;
}

export const CODE_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
export const MAX_ITEM_TEXT_LENGTH = 2000;
export const MAX_GROUP_TITLE_LENGTH = 500;

export function isValidCode(code: unknown): code is string {
  return typeof code === 'string' && CODE_PATTERN.test(code);
}

function codeProblem(path: string, code: unknown): TableProblem {
  return {
    path,
    code: 'INVALID_CODE',
    message: `Code ${JSON.stringify(code ?? '')} must be 1–32 characters of A–Z, a–z, 0–9, ".", "_" or "-".`,
    values: { code: String(code ?? '') },
  };
}

function pointsProblems(path: string, value: unknown, what: string): TableProblem[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [{ path, code: 'NOT_A_NUMBER', message: `${what} must be a finite number.` }];
  }
  const problems: TableProblem[] = [];
  if (value < 0) problems.push({ path, code: 'NEGATIVE', message: `${what} must not be negative (got ${value}).` });
  if (!hasAtMostTwoDecimals(value)) {
    problems.push({ path, code: 'TOO_MANY_DECIMALS', message: `${what} may have at most 2 decimals (got ${value}).` });
  }
  return problems;
}

/** Every problem in a table, in a stable order (groups, items, totals, outcome rules). Empty when valid. */
export function validateTable(table: CriteriaTableDef): TableProblem[] {
  const problems: TableProblem[] = [];
  const groups = table.groups ?? [];
  const items = table.items ?? [];
  const outcome = table.outcome;

  if (!CRITERIA_MODELS.includes(table.model)) {
    problems.push({ path: 'model', code: 'UNKNOWN_MODEL', message: `Unknown criteria model ${JSON.stringify(table.model)}.` });
  }
  if (groups.length === 0) {
    problems.push({ path: 'groups', code: 'NO_GROUPS', message: 'A table needs at least one group.' });
  }

  // Groups
  const groupIndex = new Map<string, number>();
  groups.forEach((group, i) => {
    if (!isValidCode(group.code)) problems.push(codeProblem(`groups[${i}].code`, group.code));
    else if (groupIndex.has(group.code)) {
      problems.push({
        path: `groups[${i}].code`,
        code: 'DUPLICATE_CODE',
        message: `Group code "${group.code}" is already used by groups[${groupIndex.get(group.code)}].`,
      });
    } else groupIndex.set(group.code, i);
    const title = typeof group.title === 'string' ? group.title.trim() : '';
    if (title === '') problems.push({ path: `groups[${i}].title`, code: 'TITLE_REQUIRED', message: 'A group needs a title.' });
    else if (group.title.length > MAX_GROUP_TITLE_LENGTH) {
      problems.push({
        path: `groups[${i}].title`,
        code: 'TITLE_TOO_LONG',
        message: `A group title may have at most ${MAX_GROUP_TITLE_LENGTH} characters (got ${group.title.length}).`,
        values: { max: MAX_GROUP_TITLE_LENGTH },
      });
    }
  });

  // Items
  const itemIndex = new Map<string, number>();
  const baseMaxByGroup = new Map<string, number>(); // hundredths
  const itemCountByGroup = new Map<string, number>();
  let baseSumH = 0;
  items.forEach((item, i) => {
    const at = `items[${i}]`;
    if (!isValidCode(item.code)) problems.push(codeProblem(`${at}.code`, item.code));
    else if (itemIndex.has(item.code)) {
      problems.push({
        path: `${at}.code`,
        code: 'DUPLICATE_CODE',
        message: `Item code "${item.code}" is already used by items[${itemIndex.get(item.code)}].`,
      });
    } else itemIndex.set(item.code, i);

    if (!groupIndex.has(item.groupCode)) {
      problems.push({
        path: `${at}.groupCode`,
        code: 'UNKNOWN_GROUP',
        message: `Item "${item.code}" belongs to group ${JSON.stringify(item.groupCode ?? '')}, which the table does not have.`,
      });
    } else itemCountByGroup.set(item.groupCode, (itemCountByGroup.get(item.groupCode) ?? 0) + 1);

    const text = typeof item.text === 'string' ? item.text : '';
    if (text.trim() === '') problems.push({ path: `${at}.text`, code: 'TEXT_REQUIRED', message: `Item "${item.code}" needs a text.` });
    else if (text.length > MAX_ITEM_TEXT_LENGTH) {
      problems.push({
        path: `${at}.text`,
        code: 'TEXT_TOO_LONG',
        message: `Item text may have at most ${MAX_ITEM_TEXT_LENGTH} characters (got ${text.length}).`,
        values: { max: MAX_ITEM_TEXT_LENGTH },
      });
    }

    const knownKind = ITEM_KINDS.includes(item.kind);
    if (!knownKind) {
      problems.push({ path: `${at}.kind`, code: 'UNKNOWN_KIND', message: `Unknown item kind ${JSON.stringify(item.kind)}.` });
    }

    const pointProblems = pointsProblems(`${at}.maxPoints`, item.maxPoints, 'Maximum points');
    problems.push(...pointProblems);
    const pointsOk = pointProblems.length === 0;

    if (item.kind === 'VETO') {
      if (pointsOk && item.maxPoints !== 0) {
        problems.push({
          path: `${at}.maxPoints`,
          code: 'VETO_HAS_POINTS',
          message: `A veto carries no points: maxPoints must be 0 (got ${item.maxPoints}).`,
        });
      }
      if (item.vetoEffect == null) {
        problems.push({
          path: `${at}.vetoEffect`,
          code: 'VETO_EFFECT_REQUIRED',
          message: 'A veto must say whether it blocks the top level or forces the lowest level.',
        });
      } else if (!VETO_EFFECTS.includes(item.vetoEffect)) {
        problems.push({
          path: `${at}.vetoEffect`,
          code: 'UNKNOWN_VETO_EFFECT',
          message: `Unknown veto effect ${JSON.stringify(item.vetoEffect)}.`,
        });
      }
    } else if (knownKind) {
      if (item.vetoEffect != null) {
        problems.push({
          path: `${at}.vetoEffect`,
          code: 'VETO_EFFECT_NOT_ALLOWED',
          message: `Only veto items have a veto effect; this item is ${item.kind}.`,
        });
      }
      if (isBaseItemKind(item.kind) && pointsOk && item.maxPoints === 0) {
        problems.push({
          path: `${at}.maxPoints`,
          code: 'POINTS_REQUIRED',
          message: `A ${item.kind} item must be worth more than 0 points.`,
        });
      }
    }

    if (knownKind) problems.push(...itemMetricProblems(table.model, item, `${at}.metric`));

    if (knownKind && isBaseItemKind(item.kind) && pointsOk) {
      baseSumH += toH(item.maxPoints);
      baseMaxByGroup.set(item.groupCode, (baseMaxByGroup.get(item.groupCode) ?? 0) + toH(item.maxPoints));
    }
  });
  if (items.length === 0) problems.push({ path: 'items', code: 'NO_ITEMS', message: 'A table needs at least one item.' });

  // Per-group checks that need the items
  groups.forEach((group, i) => {
    if (!isValidCode(group.code) || groupIndex.get(group.code) !== i) return;
    if (!itemCountByGroup.get(group.code)) {
      problems.push({ path: `groups[${i}]`, code: 'EMPTY_GROUP', message: `Group "${group.code}" has no items.` });
    }
    if (group.minPoints != null) {
      const own = pointsProblems(`groups[${i}].minPoints`, group.minPoints, 'Group minimum');
      problems.push(...own);
      const baseH = baseMaxByGroup.get(group.code) ?? 0;
      if (own.length === 0 && toH(group.minPoints) > baseH) {
        problems.push({
          path: `groups[${i}].minPoints`,
          code: 'GROUP_MINIMUM_TOO_HIGH',
          message: `Group "${group.code}" requires ${group.minPoints} points but its scored and yes/no items only add up to ${fromH(baseH)}.`,
        });
      }
    }
  });

  // Outcome rules
  if (!outcome) {
    problems.push({ path: 'outcome', code: 'OUTCOME_REQUIRED', message: 'A table needs outcome rules.' });
    return problems;
  }
  const totalProblems = pointsProblems('outcome.total', outcome.total, 'The total');
  problems.push(...totalProblems);
  const totalOk = totalProblems.length === 0;
  if (totalOk && outcome.total === 0) {
    problems.push({ path: 'outcome.total', code: 'POINTS_REQUIRED', message: 'The total must be more than 0.' });
  }
  if (totalOk && baseSumH !== toH(outcome.total)) {
    problems.push({
      path: 'items',
      code: 'TOTAL_MISMATCH',
      message: `Scored and yes/no items add up to ${fromH(baseSumH)} points; the table total is ${outcome.total}.`,
      values: { sum: fromH(baseSumH), total: outcome.total },
    });
  }

  const caps: Array<keyof OutcomeRules & ('bonusCap' | 'deductionCap')> = ['bonusCap', 'deductionCap'];
  const capsOk: Record<string, boolean> = {};
  for (const key of caps) {
    const own = pointsProblems(`outcome.${key}`, outcome[key], key === 'bonusCap' ? 'The bonus cap' : 'The deduction cap');
    problems.push(...own);
    capsOk[key] = own.length === 0;
  }

  const bands = outcome.bands;
  const bandValues = bands ? [bands.top, bands.second, bands.third] : [];
  if (!bands || bandValues.some((b) => typeof b !== 'number' || !Number.isFinite(b))) {
    problems.push({ path: 'outcome.bands', code: 'NOT_A_NUMBER', message: 'Bands top, second and third must be finite numbers.' });
  } else {
    if (bandValues.some((b) => !hasAtMostTwoDecimals(b))) {
      problems.push({ path: 'outcome.bands', code: 'TOO_MANY_DECIMALS', message: 'Bands may have at most 2 decimals.' });
    }
    if (!(bands.top > bands.second && bands.second > bands.third)) {
      problems.push({
        path: 'outcome.bands',
        code: 'BANDS_NOT_DECREASING',
        message: `Bands must strictly decrease: top ${bands.top} > second ${bands.second} > third ${bands.third}.`,
      });
    }
    if (totalOk && bandValues.some((b) => b < 0 || toH(b) > toH(outcome.total))) {
      problems.push({
        path: 'outcome.bands',
        code: 'BANDS_OUT_OF_RANGE',
        message: `Bands must lie within 0..${outcome.total} (got ${bands.top} / ${bands.second} / ${bands.third}).`,
      });
    }
  }

  const threshold = outcome.fourGoodThreshold;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold)) {
    problems.push({ path: 'outcome.fourGoodThreshold', code: 'NOT_A_NUMBER', message: 'The "4 good" threshold must be a finite number.' });
  } else {
    if (!hasAtMostTwoDecimals(threshold)) {
      problems.push({
        path: 'outcome.fourGoodThreshold',
        code: 'TOO_MANY_DECIMALS',
        message: `The "4 good" threshold may have at most 2 decimals (got ${threshold}).`,
      });
    }
    if (totalOk && capsOk.bonusCap) {
      const maxH = toH(outcome.total) + toH(outcome.bonusCap);
      if (threshold < 0 || toH(threshold) > maxH) {
        problems.push({
          path: 'outcome.fourGoodThreshold',
          code: 'THRESHOLD_OUT_OF_RANGE',
          message: `The "4 good" threshold must lie within 0..${fromH(maxH)} (total plus bonus cap); got ${threshold}.`,
        });
      }
    }
  }

  for (const key of ['excellentCapPercent', 'outstandingCapPercent'] as const) {
    const value = outcome[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
      problems.push({ path: `outcome.${key}`, code: 'PERCENT_OUT_OF_RANGE', message: `${key} must be a percentage within 0..100 (got ${value}).` });
    } else if (!hasAtMostTwoDecimals(value)) {
      problems.push({ path: `outcome.${key}`, code: 'TOO_MANY_DECIMALS', message: `${key} may have at most 2 decimals (got ${value}).` });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Entries

/** One answer: `points` for SCORED / DEDUCTION / BONUS, `yes` for YES_NO / VETO. */
export interface ScoreEntry {
  itemCode: string;
  points?: number | null;
  yes?: boolean | null;
}

export interface EntryProblem {
  itemCode: string;
  code: AssessmentReason | CommonReason;
  message: string;
  values?: ProblemValues;
}

function takesYes(kind: ItemKind): boolean {
  return kind === 'YES_NO' || kind === 'VETO';
}

/** Problems with a set of entries against a table; empty when every entry is usable as given. */
export function validateEntries(table: CriteriaTableDef, entries: ScoreEntry[]): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const items = new Map(table.items.map((item) => [item.code, item] as const));
  const seen = new Set<string>();
  for (const entry of entries) {
    const code = entry.itemCode;
    const item = items.get(code);
    if (!item) {
      problems.push({ itemCode: code, code: 'UNKNOWN_ITEM', message: `The table has no item "${code}".` });
      continue;
    }
    if (seen.has(code)) {
      problems.push({ itemCode: code, code: 'DUPLICATE_ENTRY', message: `Item "${code}" is entered more than once.` });
      continue;
    }
    seen.add(code);
    if (takesYes(item.kind)) {
      if (entry.points != null) {
        problems.push({
          itemCode: code,
          code: 'USE_YES',
          message: `Item "${code}" is ${item.kind === 'VETO' ? 'a veto' : 'a yes/no item'}: answer yes or no, not points.`,
        });
      }
      continue;
    }
    if (entry.yes != null) {
      problems.push({ itemCode: code, code: 'USE_POINTS', message: `Item "${code}" takes points, not yes/no.` });
    }
    const points = entry.points;
    if (points == null) continue;
    if (typeof points !== 'number' || !Number.isFinite(points)) {
      problems.push({ itemCode: code, code: 'NOT_A_NUMBER', message: `Points for "${code}" must be a finite number.` });
      continue;
    }
    if (points < 0 || toH(points) > toH(item.maxPoints)) {
      problems.push({
        itemCode: code,
        code: 'OUT_OF_RANGE',
        message: `Points for "${code}" must lie within 0..${item.maxPoints} (got ${points}).`,
        values: { max: item.maxPoints },
      });
    }
    if (!hasAtMostTwoDecimals(points)) {
      problems.push({ itemCode: code, code: 'TOO_MANY_DECIMALS', message: `Points for "${code}" may have at most 2 decimals (got ${points}).` });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Scoring

export type Explanation =
  | { kind: 'LOST_POINTS'; itemCode: string; groupCode: string; lost: number; max: number }
  | { kind: 'NOT_SCORED'; itemCode: string }
  | { kind: 'DEDUCTION'; itemCode: string; points: number }
  | { kind: 'BONUS'; itemCode: string; points: number }
  | { kind: 'BONUS_CAPPED'; raw: number; cap: number }
  | { kind: 'DEDUCTION_CAPPED'; raw: number; cap: number }
  | { kind: 'VETO'; itemCode: string; effect: VetoEffect }
  | { kind: 'GROUP_BELOW_MINIMUM'; groupCode: string; points: number; minimum: number }
  | { kind: 'LEVEL'; level: RatingLevel; total: number; band: 'top' | 'second' | 'third' | 'below'; bound: number | null }
  | {
      kind: 'FOUR_GOOD';
      reached: boolean;
      total: number;
      threshold: number;
      reason: 'THRESHOLD' | 'BELOW_THRESHOLD' | 'VETO' | 'GROUP_MINIMUM';
    };

export interface GroupResult {
  code: string;
  /** Sum of the group's SCORED and YES_NO points (bonuses and deductions are table-wide). */
  points: number;
  /** Sum of the group's SCORED and YES_NO maxPoints. */
  max: number;
  belowMinimum: boolean;
}

export interface ScoreResult {
  groups: GroupResult[];
  base: number;
  /** Bonus applied, after the cap. */
  bonus: number;
  /** Deductions applied, after the cap. */
  deductions: number;
  /** base + bonus − deductions, two decimals, never below 0. */
  total: number;
  vetoes: Array<{ itemCode: string; effect: VetoEffect }>;
  /** For MEETING_QUALITY tables read it through meetingQualityOf(level). */
  level: RatingLevel;
  /** null for models other than FOUR_GOOD_*. */
  fourGood: boolean | null;
  /** Every base item and veto has an answer. */
  complete: boolean;
  explanation: Explanation[];
}

/** The usable value of an entry in hundredths (points) or as a boolean (yes), or null. */
function readEntry(item: CriteriaItemDef, entry: ScoreEntry | undefined): number | boolean | null {
  if (!entry) return null;
  if (takesYes(item.kind)) return typeof entry.yes === 'boolean' ? entry.yes : null;
  const p = entry.points;
  if (typeof p !== 'number' || !Number.isFinite(p)) return null;
  return Math.min(Math.max(toH(p), 0), toH(item.maxPoints));
}

/**
 * Scores entries against a table. Never throws: it reads what is usable and leaves the rest to
 * validateEntries (run that first). Unknown item codes are ignored; for duplicates the first entry
 * counts; out-of-range points are clamped to 0..max; an item answered the wrong way (points for a
 * yes/no item, yes for a scored item) counts as unanswered.
 *
 * Level: bands on the total. EXCELLENT also needs no BLOCKS_TOP veto and no group below its
 * minimum (otherwise GOOD); any FORCES_LOWEST veto gives NOT_COMPLETED. The LEVEL explanation
 * names the band the total fell in and that band's lower bound (null below the third band); when a
 * veto or a group minimum changed the level, the VETO / GROUP_BELOW_MINIMUM entries before it say why.
 *
 * "4 good": total >= fourGoodThreshold, no veto of either effect, no group below its minimum. The
 * reason reported is the first failing of VETO, GROUP_MINIMUM, BELOW_THRESHOLD.
 */
export function scoreAssessment(table: CriteriaTableDef, entries: ScoreEntry[]): ScoreResult {
  const outcome = table.outcome;
  const byCode = new Map<string, ScoreEntry>();
  for (const entry of entries) if (!byCode.has(entry.itemCode)) byCode.set(entry.itemCode, entry);

  const lostOrMissing: Explanation[] = [];
  const deductionNotes: Explanation[] = [];
  const bonusNotes: Explanation[] = [];
  const vetoes: Array<{ itemCode: string; effect: VetoEffect }> = [];
  const groupPointsH = new Map<string, number>();
  const groupMaxH = new Map<string, number>();
  let baseH = 0;
  let rawBonusH = 0;
  let rawDeductionH = 0;
  let complete = true;

  for (const item of table.items) {
    const value = readEntry(item, byCode.get(item.code));
    switch (item.kind) {
      case 'SCORED':
      case 'YES_NO': {
        const maxH = toH(item.maxPoints);
        groupMaxH.set(item.groupCode, (groupMaxH.get(item.groupCode) ?? 0) + maxH);
        if (value === null) {
          complete = false;
          lostOrMissing.push({ kind: 'NOT_SCORED', itemCode: item.code });
          break;
        }
        const gotH = typeof value === 'boolean' ? (value ? maxH : 0) : value;
        baseH += gotH;
        groupPointsH.set(item.groupCode, (groupPointsH.get(item.groupCode) ?? 0) + gotH);
        if (gotH < maxH) {
          lostOrMissing.push({
            kind: 'LOST_POINTS',
            itemCode: item.code,
            groupCode: item.groupCode,
            lost: fromH(maxH - gotH),
            max: item.maxPoints,
          });
        }
        break;
      }
      case 'DEDUCTION':
        if (typeof value === 'number' && value > 0) {
          rawDeductionH += value;
          deductionNotes.push({ kind: 'DEDUCTION', itemCode: item.code, points: fromH(value) });
        }
        break;
      case 'BONUS':
        if (typeof value === 'number' && value > 0) {
          rawBonusH += value;
          bonusNotes.push({ kind: 'BONUS', itemCode: item.code, points: fromH(value) });
        }
        break;
      case 'VETO':
        if (value === null) complete = false;
        else if (value === true && item.vetoEffect) vetoes.push({ itemCode: item.code, effect: item.vetoEffect });
        break;
    }
  }

  const capNotes: Explanation[] = [];
  const deductionCapH = toH(outcome.deductionCap);
  const bonusCapH = toH(outcome.bonusCap);
  const deductionH = Math.min(rawDeductionH, deductionCapH);
  const bonusH = Math.min(rawBonusH, bonusCapH);
  if (rawDeductionH > deductionCapH) {
    capNotes.push({ kind: 'DEDUCTION_CAPPED', raw: fromH(rawDeductionH), cap: outcome.deductionCap });
  }
  if (rawBonusH > bonusCapH) capNotes.push({ kind: 'BONUS_CAPPED', raw: fromH(rawBonusH), cap: outcome.bonusCap });

  const groups: GroupResult[] = [];
  const minimumNotes: Explanation[] = [];
  for (const group of table.groups) {
    const pointsH = groupPointsH.get(group.code) ?? 0;
    const belowMinimum = group.minPoints != null && pointsH < toH(group.minPoints);
    groups.push({ code: group.code, points: fromH(pointsH), max: fromH(groupMaxH.get(group.code) ?? 0), belowMinimum });
    if (belowMinimum) {
      minimumNotes.push({ kind: 'GROUP_BELOW_MINIMUM', groupCode: group.code, points: fromH(pointsH), minimum: group.minPoints! });
    }
  }
  const anyBelowMinimum = minimumNotes.length > 0;

  const totalH = Math.max(0, baseH + bonusH - deductionH);
  const total = fromH(totalH);

  const { top, second, third } = outcome.bands;
  let band: 'top' | 'second' | 'third' | 'below';
  let bound: number | null;
  let level: RatingLevel;
  if (totalH >= toH(top)) [band, bound, level] = ['top', top, 'EXCELLENT'];
  else if (totalH >= toH(second)) [band, bound, level] = ['second', second, 'GOOD'];
  else if (totalH >= toH(third)) [band, bound, level] = ['third', third, 'COMPLETED'];
  else [band, bound, level] = ['below', null, 'NOT_COMPLETED'];
  if (level === 'EXCELLENT' && (anyBelowMinimum || vetoes.some((v) => v.effect === 'BLOCKS_TOP'))) level = 'GOOD';
  if (vetoes.some((v) => v.effect === 'FORCES_LOWEST')) level = 'NOT_COMPLETED';

  const explanation: Explanation[] = [
    ...lostOrMissing,
    ...deductionNotes,
    ...bonusNotes,
    ...capNotes,
    ...vetoes.map((v): Explanation => ({ kind: 'VETO', itemCode: v.itemCode, effect: v.effect })),
    ...minimumNotes,
    { kind: 'LEVEL', level, total, band, bound },
  ];

  let fourGood: boolean | null = null;
  if (isFourGoodModel(table.model)) {
    const threshold = outcome.fourGoodThreshold;
    const reason = vetoes.length > 0 ? 'VETO' : anyBelowMinimum ? 'GROUP_MINIMUM' : totalH >= toH(threshold) ? 'THRESHOLD' : 'BELOW_THRESHOLD';
    fourGood = reason === 'THRESHOLD';
    explanation.push({ kind: 'FOUR_GOOD', reached: fourGood, total, threshold, reason });
  }

  return {
    groups,
    base: fromH(baseH),
    bonus: fromH(bonusH),
    deductions: fromH(deductionH),
    total,
    vetoes,
    level,
    fourGood,
    complete,
    explanation,
  };
}

// ---------------------------------------------------------------------------------------------
// The excellent cap

export interface ExcellentCapCheck {
  good: number;
  excellent: number;
  percent: number;
  allowed: number;
  exceeded: boolean;
  over: number;
}

/**
 * Regulation 366: the number rated excellent may not exceed `percent`% (20, or 25 for outstanding
 * units) of the number rated good among comparable units under one superior. `good` is that count
 * as the superior counts it; the function does not add or subtract the excellent ones.
 *
 * allowed = floor(good × percent / 100), rounding down because "may not exceed" forbids a
 * fraction of a unit: with 4 good units 0 excellent are allowed at 20% (4 × 20% = 0.8), with 5 one.
 * Computed exactly in integers. Throws RangeError for negative or fractional counts or a percent
 * outside 0..100.
 */
export function checkExcellentCap(counts: { excellent: number; good: number }, percent: number): ExcellentCapCheck {
  const { excellent, good } = counts;
  for (const [name, n] of [['excellent', excellent], ['good', good]] as const) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number ≥ 0 (got ${n}).`);
  }
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`percent must lie within 0..100 (got ${percent}).`);
  }
  const allowed = Math.floor((good * toH(percent)) / 10000);
  const over = Math.max(0, excellent - allowed);
  return { good, excellent, percent, allowed, exceeded: over > 0, over };
}

/**
 * Which organisations the excellent cap compares, under one superior:
 * - PER_KIND (default): each kind apart (cells apart from grassroots committees). Regulation
 *   366-QĐ/TW (30 August 2025), in its provision on the excellent ratio, caps "excellent" at 20%
 *   of "good" among comparable units with similar tasks under one superior (25% for outstanding
 *   units); "comparable" is read here as "of the same kind": a grassroots committee's cells
 *   compare with each other, and the grassroots committees and grassroots cells under a district
 *   are capped per kind (README, "Rules").
 * - TOGETHER: every organisation directly under the superior in one group, for a province that
 *   reads "comparable" as "under the same superior".
 */
export const EXCELLENT_CAP_SCOPES = ['PER_KIND', 'TOGETHER'] as const;
export type ExcellentCapScope = (typeof EXCELLENT_CAP_SCOPES)[number];
export const DEFAULT_EXCELLENT_CAP_SCOPE: ExcellentCapScope = 'PER_KIND';

/** The group an organisation of `kind` directly under `superiorId` is capped in. */
export function capGroupOf(scope: ExcellentCapScope, superiorId: number, kind: string): { key: string; superiorId: number; kind: string | null } {
  return scope === 'TOGETHER' ? { key: `${superiorId}`, superiorId, kind: null } : { key: `${superiorId}|${kind}`, superiorId, kind };
}

// ---------------------------------------------------------------------------------------------
// Diff between two versions of a table

export interface TableDiff {
  added: CriteriaItemDef[];
  removed: CriteriaItemDef[];
  changed: Array<{ code: string; before: CriteriaItemDef; after: CriteriaItemDef; fields: string[] }>;
  groupsAdded: string[];
  groupsRemoved: string[];
  groupsChanged: string[];
  /** Outcome fields that changed ("total", "bands.top", ...), plus "model" when the model changed. */
  outcomeChanged: string[];
}

const ITEM_FIELDS = ['groupCode', 'text', 'guidance', 'kind', 'maxPoints', 'vetoEffect', 'metric'] as const;

function same(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null); // an absent optional field equals null
}

/**
 * What changed from one table version to the next. Items and groups are matched by code; a
 * changed item lists the fields that differ (groupCode, text, guidance, kind, maxPoints,
 * vetoEffect, metric; undefined and null count as equal). Order changes alone are not reported.
 * Lists follow the `after` table's order, removals the `before` table's.
 */
export function diffTables(before: CriteriaTableDef, after: CriteriaTableDef): TableDiff {
  const beforeItems = new Map(before.items.map((item) => [item.code, item] as const));
  const afterItems = new Map(after.items.map((item) => [item.code, item] as const));
  const added = after.items.filter((item) => !beforeItems.has(item.code));
  const removed = before.items.filter((item) => !afterItems.has(item.code));
  const changed: TableDiff['changed'] = [];
  for (const item of after.items) {
    const old = beforeItems.get(item.code);
    if (!old) continue;
    const fields = ITEM_FIELDS.filter((field) => !same(old[field], item[field]));
    if (fields.length > 0) changed.push({ code: item.code, before: old, after: item, fields });
  }

  const beforeGroups = new Map(before.groups.map((g) => [g.code, g] as const));
  const afterGroups = new Map(after.groups.map((g) => [g.code, g] as const));
  const groupsAdded = after.groups.filter((g) => !beforeGroups.has(g.code)).map((g) => g.code);
  const groupsRemoved = before.groups.filter((g) => !afterGroups.has(g.code)).map((g) => g.code);
  const groupsChanged = after.groups
    .filter((g) => {
      const old = beforeGroups.get(g.code);
      return old !== undefined && (!same(old.title, g.title) || !same(old.minPoints, g.minPoints));
    })
    .map((g) => g.code);

  const outcomeChanged: string[] = [];
  if (before.model !== after.model) outcomeChanged.push('model');
  const a = before.outcome;
  const b = after.outcome;
  for (const key of ['total', 'fourGoodThreshold'] as const) if (!same(a[key], b[key])) outcomeChanged.push(key);
  for (const key of ['top', 'second', 'third'] as const) if (!same(a.bands[key], b.bands[key])) outcomeChanged.push(`bands.${key}`);
  for (const key of ['bonusCap', 'deductionCap', 'excellentCapPercent', 'outstandingCapPercent'] as const) {
    if (!same(a[key], b[key])) outcomeChanged.push(key);
  }

  return { added, removed, changed, groupsAdded, groupsRemoved, groupsChanged, outcomeChanged };
}
