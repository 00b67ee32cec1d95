import { describe, expect, it } from 'vitest';
import { csvField, csvLine, toTable } from './table';

describe('query results as a table', () => {
  it('takes a connection’s nodes and flattens nested objects into dotted columns', () => {
    const t = toTable({
      organization: {
        name: 'Đảng bộ tỉnh',
        children: { totalCount: 3, pageInfo: { hasNextPage: true, endCursor: 'c2' }, nodes: [{ name: 'A', stats: { members: 5 } }, { name: 'B', stats: { members: 0 }, tags: ['x', 'y'] }] },
      },
    });
    expect(t?.path).toBe('organization.children.nodes');
    expect(t?.columns).toEqual(['name', 'stats.members', 'tags']);
    expect(t?.rows).toEqual([{ name: 'A', 'stats.members': 5 }, { name: 'B', 'stats.members': 0, tags: 'x; y' }]);
    expect(t?.connection).toEqual({ path: 'organization.children', totalCount: 3, hasNextPage: true, endCursor: 'c2' });
  });

  it('takes edges[].node, or any array, and scalar lists', () => {
    expect(toTable({ a: { edges: [{ cursor: '1', node: { id: 1 } }] } })?.rows).toEqual([{ id: 1 }]);
    expect(toTable({ a: { b: [{ level: 'GOOD', count: 2 }] } })?.path).toBe('a.b');
    expect(toTable({ years: [2022, 2023] })?.rows).toEqual([{ value: 2022 }, { value: 2023 }]);
    expect(toTable({ viewer: { canQuery: true } })).toBeNull();
  });

  it('writes CSV fields that spreadsheets read back unchanged', () => {
    expect(csvLine(['Nguyễn Thị "Hồng"', 'a,b', 12.5, true, null])).toBe('"Nguyễn Thị ""Hồng""","a,b",12.5,TRUE,');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('-3')).toBe('-3');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
  });
});
