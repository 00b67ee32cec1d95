import {
  DEFAULT_OUTCOME_RULES,
  isBaseItemKind,
  parseDecimal,
  validateTable,
  type CriteriaModel,
  type CriteriaTableDef,
  type ItemKind,
  type OutcomeRules,
  type TableProblem,
  type VetoEffect,
} from '@fourgood/rules';

/**
 * The criteria editor keeps the table as the clerk typed it: numbers stay text until they parse,
 * so "2,5" and a half-typed "2," are kept as they are and validated live. Rows have stable keys
 * (not codes), so renaming a group code carries its items along.
 */
export interface GroupRow {
  key: string;
  code: string;
  title: string;
  /** Minimum points of the group; empty for none. */
  minText: string;
}

export interface ItemRow {
  key: string;
  groupKey: string;
  code: string;
  text: string;
  kind: ItemKind;
  maxText: string;
  vetoEffect: VetoEffect | null;
  guidance: string;
  metric: string;
}

export const OUTCOME_FIELDS = ['total', 'fourGoodThreshold', 'top', 'second', 'third', 'bonusCap', 'deductionCap', 'excellentCapPercent', 'outstandingCapPercent'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];
export type OutcomeDraft = Record<OutcomeField, string>;

export interface Draft {
  name: string;
  outcome: OutcomeDraft;
  groups: GroupRow[];
  items: ItemRow[];
}

/** Problems the server lets a draft keep while it is being edited (publishing needs none). */
export const DRAFT_TOLERATED = new Set(['TOTAL_MISMATCH', 'EMPTY_GROUP', 'NO_GROUPS', 'NO_ITEMS', 'GROUP_MINIMUM_TOO_HIGH']);

let counter = 0;
export const newKey = (prefix: string) => `${prefix}${++counter}`;

/** A number as a Vietnamese clerk writes it: "2,5" (decimal comma) in Vietnamese, "2.5" in English. */
export function numberText(n: number | null | undefined, lang: 'vi' | 'en'): string {
  if (n == null || !Number.isFinite(n)) return '';
  const s = String(Math.round(n * 100) / 100);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** Text → number for the rules: empty or unreadable text is NaN (the rules report NOT_A_NUMBER). */
export function textNumber(text: string): number {
  return parseDecimal(text) ?? Number.NaN;
}

interface ServerTable {
  name: string;
  outcome: Omit<OutcomeRules, 'bands'> & { bands: OutcomeRules['bands'] };
  groups: Array<{ code: string; title: string; minPoints?: number | null }>;
  items: Array<{ code: string; groupCode: string; text: string; guidance?: string | null; kind: ItemKind; maxPoints: number; vetoEffect?: VetoEffect | null; metric?: string | null }>;
}

export function outcomeDraft(o: OutcomeRules, lang: 'vi' | 'en'): OutcomeDraft {
  return {
    total: numberText(o.total, lang),
    fourGoodThreshold: numberText(o.fourGoodThreshold, lang),
    top: numberText(o.bands.top, lang),
    second: numberText(o.bands.second, lang),
    third: numberText(o.bands.third, lang),
    bonusCap: numberText(o.bonusCap, lang),
    deductionCap: numberText(o.deductionCap, lang),
    excellentCapPercent: numberText(o.excellentCapPercent, lang),
    outstandingCapPercent: numberText(o.outstandingCapPercent, lang),
  };
}

export function draftFromTable(table: ServerTable, lang: 'vi' | 'en'): Draft {
  const groups: GroupRow[] = table.groups.map((g) => ({ key: newKey('g'), code: g.code, title: g.title, minText: numberText(g.minPoints, lang) }));
  const byCode = new Map(groups.map((g) => [g.code, g.key] as const));
  const items: ItemRow[] = table.items.map((i) => ({
    key: newKey('i'),
    groupKey: byCode.get(i.groupCode) ?? '',
    code: i.code,
    text: i.text,
    kind: i.kind,
    maxText: numberText(i.maxPoints, lang),
    vetoEffect: i.vetoEffect ?? null,
    guidance: i.guidance ?? '',
    metric: i.metric ?? '',
  }));
  return { name: table.name, outcome: outcomeDraft(table.outcome, lang), groups, items: orderItems(items, groups) };
}

/** Items in group order (stable inside a group): the order they are shown, saved and exported in. */
export function orderItems(items: ItemRow[], groups: GroupRow[]): ItemRow[] {
  const rank = new Map(groups.map((g, i) => [g.key, i] as const));
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (rank.get(a.item.groupKey) ?? 1e9) - (rank.get(b.item.groupKey) ?? 1e9) || a.i - b.i)
    .map((x) => x.item);
}

export function outcomeRules(o: OutcomeDraft): OutcomeRules {
  return {
    total: textNumber(o.total),
    fourGoodThreshold: textNumber(o.fourGoodThreshold),
    bands: { top: textNumber(o.top), second: textNumber(o.second), third: textNumber(o.third) },
    bonusCap: textNumber(o.bonusCap),
    deductionCap: textNumber(o.deductionCap),
    excellentCapPercent: textNumber(o.excellentCapPercent),
    outstandingCapPercent: textNumber(o.outstandingCapPercent),
  };
}

/** The draft as the rules (and the save mutation) see it; items[i] is draft.items[i]. */
export function toDefinition(draft: Draft, model: CriteriaModel): CriteriaTableDef {
  const codeOf = new Map(draft.groups.map((g) => [g.key, g.code] as const));
  return {
    model,
    outcome: outcomeRules(draft.outcome),
    groups: draft.groups.map((g) => ({ code: g.code.trim(), title: g.title, minPoints: g.minText.trim() === '' ? null : textNumber(g.minText) })),
    items: draft.items.map((i) => ({
      code: i.code.trim(),
      groupCode: codeOf.get(i.groupKey) ?? '',
      text: i.text,
      guidance: i.guidance.trim() || null,
      kind: i.kind,
      maxPoints: textNumber(i.maxText),
      vetoEffect: i.vetoEffect,
      metric: i.metric.trim() || null,
    })),
  };
}

/** The save mutation's input from a valid-enough draft (numbers that did not parse are sent as 0 and refused by the server). */
export function saveInput(draft: Draft, model: CriteriaModel) {
  const def = toDefinition(draft, model);
  const num = (n: number) => (Number.isFinite(n) ? n : 0);
  return {
    name: draft.name.trim(),
    outcome: {
      total: num(def.outcome.total),
      fourGoodThreshold: num(def.outcome.fourGoodThreshold),
      bands: { top: num(def.outcome.bands.top), second: num(def.outcome.bands.second), third: num(def.outcome.bands.third) },
      bonusCap: num(def.outcome.bonusCap),
      deductionCap: num(def.outcome.deductionCap),
      excellentCapPercent: num(def.outcome.excellentCapPercent),
      outstandingCapPercent: num(def.outcome.outstandingCapPercent),
    },
    groups: def.groups.map((g) => ({ code: g.code, title: g.title.trim(), minPoints: g.minPoints == null ? null : num(g.minPoints) })),
    items: def.items.map((i) => ({ ...i, text: i.text.trim(), maxPoints: num(i.maxPoints) })),
  };
}

/** Where a problem shows: a cell "rowKey:field", an outcome field "outcome:field", or the whole table. */
export type ProblemPlace = { kind: 'cell'; rowKey: string; field: string } | { kind: 'outcome'; field: string } | { kind: 'table' };

export function placeOf(path: string, draft: Draft): ProblemPlace {
  const item = /^items\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (item) {
    const row = draft.items[Number(item[1])];
    if (row) return { kind: 'cell', rowKey: row.key, field: item[2] ?? 'code' };
  }
  const group = /^groups\[(\d+)\](?:\.(\w+))?$/.exec(path);
  if (group) {
    const row = draft.groups[Number(group[1])];
    // A group without items (no field) is told on its title.
    if (row) return { kind: 'cell', rowKey: row.key, field: group[2] === 'minPoints' ? 'minPoints' : group[2] === 'code' ? 'code' : 'title' };
  }
  const outcome = /^outcome\.(\w+)$/.exec(path);
  if (outcome) return { kind: 'outcome', field: outcome[1]! };
  return { kind: 'table' };
}

export interface DraftCheck {
  problems: TableProblem[];
  /** "rowKey:field" → problems of that cell. */
  cells: Map<string, TableProblem[]>;
  /** Outcome field ("total", "bands", …) → problems. */
  outcome: Map<string, TableProblem[]>;
  /** Problems of the whole table (sum against total, no items…). */
  table: TableProblem[];
  /** Sum of the scored and yes/no items' maximum points (what must equal the total). */
  baseSum: number;
  total: number;
  /** groupKey → sum of its base items' maximum points. */
  groupSums: Map<string, number>;
  /** Problems that keep the server from saving the draft. */
  blocking: TableProblem[];
}

/** Runs the shared rules on the draft: the same problems the server reports, placed on cells. */
export function checkDraft(draft: Draft, model: CriteriaModel): DraftCheck {
  const def = toDefinition(draft, model);
  const problems = validateTable(def);
  const cells = new Map<string, TableProblem[]>();
  const outcome = new Map<string, TableProblem[]>();
  const table: TableProblem[] = [];
  for (const p of problems) {
    const place = placeOf(p.path, draft);
    if (place.kind === 'cell') {
      const key = `${place.rowKey}:${place.field}`;
      cells.set(key, [...(cells.get(key) ?? []), p]);
    } else if (place.kind === 'outcome') outcome.set(place.field, [...(outcome.get(place.field) ?? []), p]);
    else table.push(p);
  }
  let sumH = 0;
  const groupSums = new Map<string, number>();
  draft.items.forEach((item, i) => {
    const points = def.items[i]!.maxPoints;
    if (!isBaseItemKind(item.kind) || !Number.isFinite(points)) return;
    const h = Math.round(points * 100);
    sumH += h;
    groupSums.set(item.groupKey, (groupSums.get(item.groupKey) ?? 0) + h);
  });
  for (const [k, v] of groupSums) groupSums.set(k, v / 100);
  return {
    problems,
    cells,
    outcome,
    table,
    baseSum: sumH / 100,
    total: def.outcome.total,
    groupSums,
    blocking: problems.filter((p) => !DRAFT_TOLERATED.has(p.code)),
  };
}

export function defaultOutcome(lang: 'vi' | 'en'): OutcomeDraft {
  return outcomeDraft(DEFAULT_OUTCOME_RULES, lang);
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

/** The next free group code: I, II, III… */
export function nextGroupCode(groups: GroupRow[]): string {
  const used = new Set(groups.map((g) => g.code.trim()));
  return ROMAN.find((r) => !used.has(r)) ?? `N${groups.length + 1}`;
}

/** The next free item code of a group: "II.3" after "II.1" and "II.2". */
export function nextItemCode(items: ItemRow[], group: GroupRow): string {
  const used = new Set(items.map((i) => i.code.trim()));
  const prefix = group.code.trim() || 'X';
  for (let n = items.filter((i) => i.groupKey === group.key).length + 1; n < 1000; n++) {
    const code = `${prefix}.${n}`;
    if (!used.has(code)) return code;
  }
  return newKey(`${prefix}.`);
}
