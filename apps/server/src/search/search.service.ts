import { foldText, pathIds } from '@fourgood/rules';
import { RequestService } from '../common/request-service.js';
import { invalid } from '../graphql/errors.js';
import { Organization } from '../hierarchy/organization.entity.js';
import { Member } from '../members/member.entity.js';

import { SearchMatch } from './search-match.js';

export interface OrganizationHitShape {
  organization: Organization;
  match: SearchMatch;
  matchedText: string;
  context: string[];
}

export interface MemberHitShape {
  member: Member;
  match: SearchMatch;
  matchedText: string;
  context: string[];
}

export interface SearchResultShape {
  text: string;
  organizations: OrganizationHitShape[];
  members: MemberHitShape[];
}

export const SEARCH_MAX_TEXT = 100;
export const SEARCH_MAX_FIRST = 50;
/**
 * Matches taken from the word or trigram index before ranking, per kind. Exact and prefix
 * matches come from a B-tree range and are always complete up to `first`; when a word is common
 * (a family name), the other matches ranked are the first CANDIDATES found, which keeps every
 * search a bounded amount of work.
 */
const CANDIDATES = 300;

interface Row {
  id: number;
  rank: number;
  match: SearchMatch;
  matched: string;
}

/**
 * One search over organisations (name, code, former names; dissolved ones too) and members
 * (name, card number) within the caller's scope, accent- and case-insensitive (foldText), ranked:
 * exact, then prefix, then a word starting with the text, then anywhere inside (organisations:
 * any part of the name or code) or every word in any order (members); then organisations with
 * the fewest other words in the name and higher in the tree first, members by name. Hot read path: the SQL is built here, per dialect,
 * over hand-written indexes (SQLite FTS5 trigram tables, PostgreSQL pg_trgm; see the search
 * migrations); the scope is the caller's path ranges, applied inside every candidate query.
 */
export class SearchService extends RequestService {
  async search(raw: string, first: number): Promise<SearchResultShape> {
    if (raw.length > SEARCH_MAX_TEXT) throw invalid('text', `At most ${SEARCH_MAX_TEXT} characters`, 'TOO_LONG', { max: SEARCH_MAX_TEXT });
    if (!Number.isInteger(first) || first < 1 || first > SEARCH_MAX_FIRST) {
      throw invalid('first', `first must be from 1 to ${SEARCH_MAX_FIRST}`, 'PAGE_SIZE', { min: 1, max: SEARCH_MAX_FIRST });
    }
    this.access.requireAuthenticated();
    const text = foldText(raw);
    const empty = { text: raw, organizations: [], members: [] };
    if (text.length < 2) return empty;
    const ranges = this.access.readRanges();
    if (ranges !== null && ranges.length === 0) return empty;

    const orgRows = await this.organizationRows(text, raw.trim(), ranges, first);
    const memberRows = await this.memberRows(text, raw.trim(), ranges, first);

    const orgs = orgRows.length ? await this.em.find(Organization, { id: { $in: orgRows.map((r) => r.id) } }) : [];
    const members = memberRows.length ? await this.em.find(Member, { id: { $in: memberRows.map((r) => r.id) } }) : [];
    const orgById = new Map(orgs.map((o) => [o.id, o]));
    const memberById = new Map(members.map((m) => [m.id, m]));

    // Path context: the names of every ancestor on the hits' paths, read in one scoped query
    // (an ancestor above the caller's scope is not read, so it is not named).
    const ancestorIds = new Set<number>();
    for (const o of orgs) for (const id of pathIds(o.path)) if (id !== o.id) ancestorIds.add(id);
    for (const m of members) if (m.orgPath) for (const id of pathIds(m.orgPath)) ancestorIds.add(id);
    const names = new Map<number, string>();
    if (ancestorIds.size) {
      const rows = await this.em.find(Organization, { id: { $in: [...ancestorIds] } }, { fields: ['id', 'name', 'path'] });
      for (const r of rows) names.set(r.id, r.name);
    }
    const contextOf = (path: string | null, self: number | null) =>
      path ? pathIds(path).filter((id) => id !== self && names.has(id)).map((id) => names.get(id)!) : [];

    return {
      text: raw,
      organizations: orgRows.flatMap((r) => {
        const organization = orgById.get(r.id);
        return organization ? [{ organization, match: r.match, matchedText: r.matched, context: contextOf(organization.path, organization.id) }] : [];
      }),
      members: memberRows.flatMap((r) => {
        const member = memberById.get(r.id);
        return member ? [{ member, match: r.match, matchedText: r.matched, context: contextOf(member.orgPath, null) }] : [];
      }),
    };
  }

  private scopeSql(column: string, ranges: Array<[string, string]> | null, params: unknown[]): string {
    if (ranges === null) return '1 = 1';
    return `(${ranges
      .map(([lo, hi]) => {
        params.push(lo, hi);
        return `(${column} >= ? and ${column} < ?)`;
      })
      .join(' or ')})`;
  }

  /** "rank": 0 exact, 1 prefix, 2 a word starts with the text, 3 anywhere inside. */
  private rankSql(column: string, params: unknown[], text: string): string {
    const like = escapeLike(text);
    params.push(text, `${like}%`, `% ${like}%`);
    return `case when ${column} = ? then 0 when ${column} like ? escape '\\' then 1 when ${column} like ? escape '\\' then 2 else 3 end`;
  }

  private async organizationRows(text: string, plain: string, ranges: Array<[string, string]> | null, first: number): Promise<Row[]> {
    const pg = this.dialect === 'postgresql';
    const like = `%${escapeLike(text)}%`;
    const codeLike = `%${escapeLike(plain.toLowerCase())}%`;
    const params: unknown[] = [];
    // Candidates: name or code (trigram index), former names (trigram index on PostgreSQL; a
    // small table on SQLite), each limited and within the scope.
    const nameRank = this.rankSql('o.name_search', params, text);
    const codeRank = this.rankSql('lower(o.code)', params, plain.toLowerCase());
    let from: string;
    if (pg || text.length < 3) {
      params.push(like, codeLike);
      from = `from organization o where (o.name_search like ? escape '\\' or o.code ${pg ? 'ilike' : 'like'} ? escape '\\')`;
    } else {
      params.push(ftsPhrase(text));
      from = `from organization_search f join organization o on o.id = f.rowid where organization_search match ?`;
    }
    const scope = this.scopeSql('o.path', ranges, params);
    const sql = `select o.id, o.depth, o.name_search as sort, o.name as name, o.code as code, ${nameRank} as name_rank, ${codeRank} as code_rank
      ${from} and ${scope} limit ${CANDIDATES}`;
    const current = await this.em.getConnection().execute<Array<{ id: number; depth: number; sort: string; name: string; code: string; name_rank: number; code_rank: number }>>(sql, params);

    const formerParams: unknown[] = [];
    const formerRank = this.rankSql('f.name_search', formerParams, text);
    formerParams.push(like);
    const formerScope = this.scopeSql('o.path', ranges, formerParams);
    const former = await this.em.getConnection().execute<Array<{ id: number; depth: number; sort: string; name: string; rank: number }>>(
      `select o.id, o.depth, o.name_search as sort, f.name as name, ${formerRank} as rank
         from organization_former_name f join organization o on o.id = f.organization_id
        where f.name_search like ? escape '\\' and ${formerScope} limit ${CANDIDATES}`,
      formerParams,
    );

    const best = new Map<number, Row & { depth: number; sort: string }>();
    const offer = (row: Row & { depth: number; sort: string }) => {
      const seen = best.get(row.id);
      if (!seen || row.rank < seen.rank) best.set(row.id, row);
    };
    for (const r of current) {
      const nameRank = Number(r.name_rank);
      const codeRank = Number(r.code_rank);
      const byCode = r.code.toLowerCase().includes(plain.toLowerCase()) && codeRank < nameRank;
      offer({ id: Number(r.id), depth: Number(r.depth), sort: r.sort, rank: byCode ? codeRank : nameRank, match: byCode ? SearchMatch.CODE : SearchMatch.NAME, matched: byCode ? r.code : r.name });
    }
    // A former name ranks after a current name of the same closeness.
    for (const r of former) offer({ id: Number(r.id), depth: Number(r.depth), sort: r.sort, rank: Number(r.rank) + 0.5, match: SearchMatch.FORMER_NAME, matched: r.name });
    // Within a rank: the name with the fewest other words ("Đảng bộ huyện Tủa Chùa" before "Chi bộ
    // Kho bạc Nhà nước Tủa Chùa" for "tua chua"), then higher in the tree, then by name.
    return [...best.values()]
      .sort((a, b) => a.rank - b.rank || wordCount(a.sort) - wordCount(b.sort) || a.depth - b.depth || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0) || a.id - b.id)
      .slice(0, first);
  }

  private async memberRows(text: string, plain: string, ranges: Array<[string, string]> | null, first: number): Promise<Row[]> {
    const pg = this.dialect === 'postgresql';
    const conn = this.em.getConnection();
    type MemberRow = { id: number; sort: string; name: string; card: string };
    const select = `select m.id, m.name_search as sort, m.full_name as name, m.card_number as card from member m`;
    const rows: MemberRow[] = [];

    // Exact and prefix matches of the name, in name order: a B-tree range, complete up to `first`.
    const prefixParams: unknown[] = [text, `${text}\uffff`];
    const prefixScope = this.scopeSql('m.org_path', ranges, prefixParams);
    const prefix = await conn.execute<MemberRow[]>(
      `${select} where m.name_search >= ? and m.name_search < ? and ${prefixScope} order by m.name_search, m.id limit ${first}`,
      prefixParams,
    );

    // Card numbers by prefix ("T1.16…"): letters, digits and dots with a digit.
    const card = plain.replace(/\s+/g, '').toUpperCase();
    const cards: MemberRow[] = [];
    if (/^[A-Z0-9.]{2,32}$/.test(card) && /[0-9]/.test(card)) {
      const cardParams: unknown[] = pg ? [`${escapeLike(card)}%`] : [card, `${card}\uffff`];
      const cardScope = this.scopeSql('m.org_path', ranges, cardParams);
      cards.push(...(await conn.execute<MemberRow[]>(
        `${select} where ${pg ? `m.card_number like ? escape '\\'` : 'm.card_number >= ? and m.card_number < ?'} and ${cardScope} order by m.card_number limit ${first}`,
        cardParams,
      )));
    }

    // Every word typed, in any order, the last one as a prefix: the word index (SQLite FTS5,
    // PostgreSQL text search). Not needed when the name prefixes already fill the page: they rank first.
    const words = text.split(/[^a-z0-9]+/).filter(Boolean).slice(0, 8);
    if (prefix.length < first && words.length) {
      const params: unknown[] = [pg ? words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ') : words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ')];
      const scope = this.scopeSql('m.org_path', ranges, params);
      rows.push(...(await conn.execute<MemberRow[]>(
        pg
          ? `${select} where to_tsvector('simple', m.name_search) @@ to_tsquery('simple', ?) and ${scope} limit ${CANDIDATES}`
          : `select m.id, m.name_search as sort, m.full_name as name, m.card_number as card from member_search f join member m on m.id = f.rowid where member_search match ? and ${scope} limit ${CANDIDATES}`,
        params,
      )));
    }

    const best = new Map<number, Row & { sort: string }>();
    const offer = (row: Row & { sort: string }) => {
      const seen = best.get(row.id);
      if (!seen || row.rank < seen.rank) best.set(row.id, row);
    };
    for (const r of cards) offer({ id: Number(r.id), sort: r.sort, rank: r.card === card ? 0 : 1, match: SearchMatch.CARD_NUMBER, matched: r.card });
    for (const r of [...prefix, ...rows]) {
      // 0 the whole name, 1 its start, 2 the text at a word start, 3 every word somewhere.
      const rank = r.sort === text ? 0 : r.sort.startsWith(text) ? 1 : ` ${r.sort}`.includes(` ${text}`) ? 2 : 3;
      offer({ id: Number(r.id), sort: r.sort, rank, match: SearchMatch.NAME, matched: r.name });
    }
    return [...best.values()].sort((a, b) => a.rank - b.rank || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0) || a.id - b.id).slice(0, first);
  }
}

function wordCount(text: string): number {
  return text.split(' ').length;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The folded text as one FTS5 phrase (a substring for the trigram tokenizer). */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
