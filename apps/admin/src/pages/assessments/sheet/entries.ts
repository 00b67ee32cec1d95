import {
  type CriteriaModel,
  type CriteriaTableDef,
  DEFAULT_OUTCOME_RULES,
  type EntryProblem,
  type ItemKind,
  type ScoreEntry,
  type VetoEffect,
} from '@fourgood/rules';
import type { AssessmentFullFragment } from '../../../gql/graphql';
import type { StaffDict, useStaffI18n } from '../../../i18n/staff';
import { numberText, textNumber } from '../../criteria/draft';

/** The scoring sheet's pure parts: a side's entries as typed, what the rules read from them, what is saved. */
export type Full = AssessmentFullFragment;
export type Side = 'SELF' | 'REVIEW';
export interface Entry {
  points: string;
  yes: boolean | null;
  note: string;
}
export type Entries = Record<string, Entry>;

export const takesYes = (kind: ItemKind) => kind === 'YES_NO' || kind === 'VETO';

export function definitionOf(a: Full): CriteriaTableDef {
  return {
    model: a.table.model as CriteriaModel,
    outcome: { ...DEFAULT_OUTCOME_RULES, ...a.table.outcome },
    groups: a.table.groups.map((g) => ({ code: g.code, title: g.title, minPoints: g.minPoints ?? null })),
    items: a.table.items.map((i) => ({ code: i.code, groupCode: i.groupCode, text: i.text, guidance: i.guidance, kind: i.kind as ItemKind, maxPoints: i.maxPoints, vetoEffect: (i.vetoEffect as VetoEffect | null) ?? null, metric: i.metric })),
  };
}

export function entriesOf(a: Full, side: Side, lang: 'vi' | 'en'): Entries {
  const out: Entries = {};
  for (const item of a.table.items) out[item.code] = { points: '', yes: null, note: '' };
  for (const s of a.scores) {
    out[s.itemCode] =
      side === 'SELF'
        ? { points: numberText(s.selfPoints, lang), yes: s.selfYes ?? null, note: s.selfNote ?? '' }
        : { points: numberText(s.reviewPoints, lang), yes: s.reviewYes ?? null, note: s.reviewNote ?? '' };
  }
  return out;
}

export const answered = (kind: ItemKind, e: Entry | undefined) => !!e && (takesYes(kind) ? e.yes !== null : e.points.trim() !== '');

/** What the rules read from one side's entries (text that does not parse stays NaN: validateEntries reports it). */
export function ruleEntries(def: CriteriaTableDef, entries: Entries): ScoreEntry[] {
  const out: ScoreEntry[] = [];
  for (const item of def.items) {
    const e = entries[item.code];
    if (!answered(item.kind, e)) continue;
    out.push(takesYes(item.kind) ? { itemCode: item.code, yes: e!.yes } : { itemCode: item.code, points: textNumber(e!.points) });
  }
  return out;
}

/** The reviewer's answer where there is one, the unit's elsewhere: what approval fixes. */
export function finalEntries(def: CriteriaTableDef, self: Entries, review: Entries): Entries {
  const out: Entries = {};
  for (const item of def.items) out[item.code] = answered(item.kind, review[item.code]) ? review[item.code]! : self[item.code]!;
  return out;
}

export function scoresInput(def: CriteriaTableDef, entries: Entries) {
  return def.items.map((item) => {
    const e = entries[item.code] ?? { points: '', yes: null, note: '' };
    const points = e.points.trim() === '' ? null : textNumber(e.points);
    return {
      itemCode: item.code,
      points: takesYes(item.kind) ? null : points,
      yes: takesYes(item.kind) ? e.yes : null,
      note: e.note.trim() || null,
    };
  });
}

export function entryProblemText(t: StaffDict, f: ReturnType<typeof useStaffI18n>['f'], p: EntryProblem, max: number): string {
  const m = t.scoring.problems;
  if (p.code === 'OUT_OF_RANGE') return m.OUT_OF_RANGE(f.number(max));
  const text = (m as Record<string, unknown>)[p.code];
  return typeof text === 'string' ? text : p.message;
}
