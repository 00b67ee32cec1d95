import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { isIsoDate, todayInVietnam } from '@fourgood/rules';

/** Query parameters that belong to one screen's table; dropped when the screen or the date changes. */
const PAGING_KEYS = ['p', 'after', 'before', 'end'] as const;

/**
 * The "as of" date lives in the address (`?asOf=YYYY-MM-DD`) so that links, reloads and the back
 * button keep it. Null means today (the server's default).
 */
/** The address's date (`asOf`), or null for today (a date not before today means today). */
export function readAsOf(params: URLSearchParams, today: string): string | null {
  const raw = params.get('asOf');
  return raw && isIsoDate(raw) && raw < today ? raw : null;
}

/** Years the organisation page's sections offer: the last five, up to the current one. */
export const SECTION_YEARS_SHOWN = 5;

/** The organisation page's chosen year (`year` in the address, one of the years offered; by default the last full year). */
export function sectionYear(params: URLSearchParams): number {
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const asked = Number(params.get('year'));
  return asked > currentYear - SECTION_YEARS_SHOWN && asked <= currentYear ? asked : currentYear - 1;
}

export function useAsOf() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const today = todayInVietnam();
  const asOf = readAsOf(params, today);
  const setAsOf = useCallback(
    (next: string | null) => {
      const p = new URLSearchParams(location.search);
      for (const key of PAGING_KEYS) p.delete(key);
      if (next && next < today) p.set('asOf', next);
      else p.delete('asOf');
      const search = p.toString();
      navigate({ pathname: location.pathname, search: search ? `?${search}` : '' });
    },
    [location.pathname, location.search, navigate, today],
  );
  return { asOf, today, setAsOf };
}

/** Builds in-app links that keep the "as of" date. */
export function useLinkTo() {
  const { asOf } = useAsOf();
  return useCallback((pathname: string) => (asOf ? `${pathname}${pathname.includes('?') ? '&' : '?'}asOf=${asOf}` : pathname), [asOf]);
}

export const orgPath = (id: string) => `/org/${encodeURIComponent(id)}`;
export const memberPath = (id: string) => `/member/${encodeURIComponent(id)}`;

/** The list behind a figure of an organisation's ratings or "4 good" for a year (pages/OrgListPage). */
export function figureListPath(orgId: string, year: number, which: { fourGood: 'REGISTERED' | 'EVALUATED' | 'REACHED' } | { level: 'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED' }): string {
  const p = new URLSearchParams({ year: String(year), ...('fourGood' in which ? { fourGood: which.fourGood } : { level: which.level }) });
  return `${orgPath(orgId)}/list?${p.toString()}`;
}

/** The members behind a figure (pages/MembersListPage): by status, age band, gender, or rating level in a year. */
export function membersListPath(
  orgId: string,
  which: { status?: string; age?: string; gender?: string; level?: string; year?: number },
): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(which)) if (value != null) p.set(key, String(value));
  const search = p.toString();
  return `${orgPath(orgId)}/members${search ? `?${search}` : ''}`;
}

export const PAGE_SIZES = [20, 50, 100, 200] as const;

export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

function readPaging(params: URLSearchParams, defaultSize: number) {
  const sizeParam = Number(params.get('size'));
  const size = (PAGE_SIZES as readonly number[]).includes(sizeParam) ? sizeParam : defaultSize;
  const page = Math.max(1, Math.floor(Number(params.get('p')) || 1));
  const after = params.get('after');
  const before = params.get('before');
  const end = params.get('end');
  const endSize = end ? Math.min(size, Math.max(1, Math.floor(Number(end)) || size)) : null;
  return { size, page, after, before, endSize };
}

function pagingVariables({ size, after, before, endSize }: { size: number; after: string | null; before: string | null; endSize: number | null }) {
  if (before) return { last: size, before, first: null, after: null };
  if (endSize) return { last: endSize, before: null, first: null, after: null };
  return { first: size, after: after ?? null, last: null, before: null };
}

/** The connection arguments `useCursorPaging` gives for an address, outside a component (to fetch a list ahead of its table). */
export function cursorVariables(params: URLSearchParams, defaultSize: number) {
  return pagingVariables(readPaging(params, defaultSize));
}

/**
 * Cursor paging kept in the address: `p` (page number shown), and `after`, `before` or `end=1`
 * (the last page), plus `size`. Previous pages are read backwards from the first cursor of the
 * page, so every page starts on a multiple of the page size and reloads show the same rows.
 */
export function useCursorPaging(defaultSize: number) {
  const [params, setParams] = useSearchParams();
  const { size, page, after, before, endSize } = readPaging(params, defaultSize);

  const variables = useMemo(() => pagingVariables({ size, after, before, endSize }), [after, before, endSize, size]);

  const go = useCallback(
    (change: { p: number; after?: string | null; before?: string | null; end?: number | null; size?: number }) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const key of PAGING_KEYS) next.delete(key);
        if (change.size) {
          if (change.size === defaultSize) next.delete('size');
          else next.set('size', String(change.size));
        }
        if (change.p > 1) next.set('p', String(change.p));
        if (change.after) next.set('after', change.after);
        if (change.before) next.set('before', change.before);
        if (change.end) next.set('end', String(change.end));
        return next;
      });
    },
    [defaultSize, setParams],
  );

  return {
    page,
    size,
    variables,
    first: () => go({ p: 1 }),
    previous: (info: PageInfoLike) => (page <= 2 || !info.startCursor ? go({ p: 1 }) : go({ p: page - 1, before: info.startCursor })),
    next: (info: PageInfoLike) => go({ p: page + 1, after: info.endCursor }),
    last: (total: number) => {
      const pages = Math.max(1, Math.ceil(total / size));
      if (pages === 1) return go({ p: 1 });
      go({ p: pages, end: total - (pages - 1) * size });
    },
    setSize: (nextSize: number) => go({ p: 1, size: nextSize }),
  };
}
export type CursorPaging = ReturnType<typeof useCursorPaging>;

/** Sets several parameters of the address at once (null removes one); resets the table's page. */
export function useSetParams() {
  const [, setParams] = useSearchParams();
  return useCallback(
    (changes: Record<string, string | null>) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        for (const k of PAGING_KEYS) p.delete(k);
        for (const [key, value] of Object.entries(changes)) {
          if (value) p.set(key, value);
          else p.delete(key);
        }
        return p;
      }),
    [setParams],
  );
}

/** The value of one parameter of the address (null when absent). */
export function useSearchParam(key: string): string | null {
  const [params] = useSearchParams();
  return params.get(key);
}

/** A string parameter of the address (search text, tab…); setting it resets the table's page. */
export function useParam(key: string) {
  const [params] = useSearchParams();
  const setParams = useSetParams();
  const set = useCallback((next: string | null) => setParams({ [key]: next }), [key, setParams]);
  return [params.get(key), set] as const;
}
