import type { Explanation, RatingLevel } from '@fourgood/rules';
import type { Formats } from '../../i18n';
import type { StaffDict } from '../../i18n/staff';

export interface ExplainedLine {
  /** decisive: the outcome and why; detail: where points went. */
  weight: 'decisive' | 'reason' | 'detail';
  tone: 'good' | 'bad' | 'neutral';
  text: string;
}

/**
 * The rules' explanation in words: the "4 good" decision and the level first, then what decided
 * them (vetoes, group minimums, caps), then where points were lost or added.
 */
export function explain(t: StaffDict, f: Formats, lines: Explanation[], names: { item: (code: string) => string; group: (code: string) => string }): ExplainedLine[] {
  const e = t.scoring.explain;
  const n = (x: number) => f.number(x);
  const out: ExplainedLine[] = [];
  const levelOf = (l: RatingLevel) => t.scoring.enums.level[l];
  for (const x of lines) {
    switch (x.kind) {
      case 'FOUR_GOOD':
        out.push({
          weight: 'decisive',
          tone: x.reached ? 'good' : 'bad',
          text:
            x.reason === 'THRESHOLD'
              ? e.fourGoodReached(n(x.total), n(x.threshold))
              : x.reason === 'BELOW_THRESHOLD'
                ? e.fourGoodBelow(n(x.total), n(x.threshold), n(Math.round((x.threshold - x.total) * 100) / 100))
                : x.reason === 'VETO'
                  ? e.fourGoodVeto
                  : e.fourGoodGroupMinimum,
        });
        break;
      case 'LEVEL': {
        const bandText = x.band === 'below' ? e.bandBelow(n(x.total)) : e.band(n(x.total), n(x.bound ?? 0));
        const bandLevel: RatingLevel = x.band === 'top' ? 'EXCELLENT' : x.band === 'second' ? 'GOOD' : x.band === 'third' ? 'COMPLETED' : 'NOT_COMPLETED';
        out.push({
          weight: 'decisive',
          tone: x.level === 'EXCELLENT' || x.level === 'GOOD' ? 'good' : x.level === 'NOT_COMPLETED' ? 'bad' : 'neutral',
          text: bandLevel === x.level ? e.level(bandText, levelOf(x.level)) : e.levelChanged(bandText, levelOf(bandLevel), levelOf(x.level)),
        });
        break;
      }
      case 'VETO':
        out.push({ weight: 'reason', tone: 'bad', text: x.effect === 'BLOCKS_TOP' ? e.vetoBlocksTop(names.item(x.itemCode)) : e.vetoForcesLowest(names.item(x.itemCode)) });
        break;
      case 'GROUP_BELOW_MINIMUM':
        out.push({ weight: 'reason', tone: 'bad', text: e.groupBelowMinimum(names.group(x.groupCode), n(x.points), n(x.minimum)) });
        break;
      case 'BONUS_CAPPED':
        out.push({ weight: 'reason', tone: 'neutral', text: e.bonusCapped(n(x.raw), n(x.cap)) });
        break;
      case 'DEDUCTION_CAPPED':
        out.push({ weight: 'reason', tone: 'neutral', text: e.deductionCapped(n(x.raw), n(x.cap)) });
        break;
      case 'DEDUCTION':
        out.push({ weight: 'detail', tone: 'bad', text: e.deduction(names.item(x.itemCode), n(x.points)) });
        break;
      case 'BONUS':
        out.push({ weight: 'detail', tone: 'good', text: e.bonus(names.item(x.itemCode), n(x.points)) });
        break;
      case 'LOST_POINTS':
        out.push({ weight: 'detail', tone: 'neutral', text: e.lost(names.item(x.itemCode), n(x.lost), n(x.max)) });
        break;
      case 'NOT_SCORED':
        out.push({ weight: 'detail', tone: 'bad', text: e.notScored(names.item(x.itemCode)) });
        break;
    }
  }
  // "4 good" first, then the level, then the reasons and the details, each in the rules' order.
  const rank = (l: ExplainedLine) => (l.weight === 'decisive' ? (l === fourGood ? 0 : 1) : l.weight === 'reason' ? 2 : 3);
  // Every explanation gives exactly one line, so out[i] tells lines[i].
  const fourGood = out[lines.findIndex((x) => x.kind === 'FOUR_GOOD')];
  return out.map((line, i) => ({ line, i })).sort((a, b) => rank(a.line) - rank(b.line) || a.i - b.i).map((x) => x.line);
}
