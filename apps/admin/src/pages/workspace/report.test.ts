import { describe, expect, it } from 'vitest';
import { describeColumn, pivot, pivotDimensions, planChart, compareBy, cellText, type ReportWords } from './report';
import { toTable } from './table';

const words: ReportWords = {
  fields: { code: 'Mã', name: 'Tên', stats: 'Số liệu', members: 'Đảng viên', ageBand: 'Độ tuổi', count: 'Số lượng', year: 'Năm', rated: 'Được xếp loại', kind: 'Cấp', gender: 'Giới tính' },
  enums: { ageBand: { UP_TO_30: '≤ 30', FROM_31_TO_40: '31–40', OVER_60: '> 60' }, kind: { CELL: 'Chi bộ', GRASSROOTS_COMMITTEE: 'Đảng bộ cơ sở' }, gender: { MALE: 'Nam', FEMALE: 'Nữ' } },
  levels: { EXCELLENT: 'Xuất sắc' },
};

describe('a query result read like a report', () => {
  it('names columns in words, dotted paths part by part, unknown fields as they are', () => {
    const table = toTable({ provinces: { nodes: [{ code: 'A', stats: { members: 3, weird: 1 } }] } })!;
    expect(table.columns.map((c) => describeColumn(table, c, words).label)).toEqual(['Mã', 'Số liệu · Đảng viên', 'Số liệu · weird']);
  });

  it('shows enum values in words and sorts them in their natural order, not the alphabet’s', () => {
    const table = toTable({ list: [{ ageBand: 'OVER_60', count: 1 }, { ageBand: 'UP_TO_30', count: 5 }, { ageBand: 'FROM_31_TO_40', count: 2 }] })!;
    const band = describeColumn(table, 'ageBand', words);
    expect(band.enumKey).toBe('ageBand');
    expect([...table.rows].sort(compareBy(band)).map((r) => cellText(r.ageBand!, band, words))).toEqual(['≤ 30', '31–40', '> 60']);
    // A text column that merely looks like codes is not an enum.
    const codes = toTable({ list: [{ code: 'UP_TO_30' }, { code: 'QN' }] })!;
    expect(describeColumn(codes, 'code', words).enumKey).toBeUndefined();
  });

  it('plans a pie for a few parts of a whole, bars for several figures, a line over years', () => {
    const parts = toTable({ list: [{ ageBand: 'UP_TO_30', count: 5 }, { ageBand: 'OVER_60', count: 1 }] })!;
    const cols = (t: typeof parts) => t.columns.map((c) => describeColumn(t, c, words));
    expect(planChart(cols(parts), parts.rows)?.kind).toBe('pie');
    const several = toTable({ list: [{ code: 'A', name: 'Một', members: 3, cells: 1 }] })!;
    const plan = planChart(cols(several), several.rows)!;
    expect(plan.kind).toBe('bar');
    expect(plan.dimension.key).toBe('name');
    expect(plan.measures.map((m) => m.key)).toEqual(['members', 'cells']);
    const years = toTable({ trend: [{ year: 2021, rated: 5 }, { year: 2022, rated: 7 }] })!;
    const line = planChart(cols(years), years.rows)!;
    expect(line.kind).toBe('line');
    expect(line.dimension.key).toBe('year');
    const nothing = toTable({ list: [{ code: 'A' }] })!;
    expect(planChart(cols(nothing), nothing.rows)).toBeNull();
  });

  it('pivots two columns with the figure summed (or rows counted) and totals', () => {
    const table = toTable({
      list: [
        { kind: 'CELL', gender: 'FEMALE', members: 2 },
        { kind: 'CELL', gender: 'MALE', members: 3 },
        { kind: 'GRASSROOTS_COMMITTEE', gender: 'MALE', members: 4 },
        { kind: 'CELL', gender: 'MALE', members: 1 },
      ],
    })!;
    const cols = table.columns.map((c) => describeColumn(table, c, words));
    const [kind, gender] = pivotDimensions(cols);
    expect([kind!.key, gender!.key]).toEqual(['kind', 'gender']);
    const members = cols.find((c) => c.key === 'members')!;
    const sum = pivot(table.rows, gender!, kind!, members, words);
    // Kinds in the tree's order (grassroots committee above cell), genders male first.
    expect(sum.rowLabels).toEqual(['Đảng bộ cơ sở', 'Chi bộ']);
    expect(sum.columnLabels).toEqual(['Nam', 'Nữ']);
    expect(sum.cells).toEqual([[4, 0], [4, 2]]);
    expect(sum.rowTotals).toEqual([4, 6]);
    expect(sum.columnTotals).toEqual([8, 2]);
    expect(sum.total).toBe(10);
    expect(pivot(table.rows, gender!, kind!, null, words).total).toBe(4);
  });
});
