import { useCallback, useRef, type KeyboardEvent } from 'react';

/**
 * Excel-like keyboard movement between the editable cells of a table. Each cell's wrapper carries
 * `data-grid-r` (row) and `data-grid-c` (column); the container listens in the capture phase, so
 * it decides before antd's inputs and selects do.
 *
 * - "rows" (the criteria editor): Enter / Shift+Enter go down / up, Tab / Shift+Tab go right /
 *   left and wrap to the next / previous row.
 * - "columns" (score entry): Enter and Tab go down the column, and on to the top of the next
 *   column at its end; Shift goes back up.
 * In both, arrow keys move between cells (left / right only when the caret is at the edge of the
 * text, up / down in a multi-line cell only from its first / last line); an open dropdown keeps its
 * keys; Alt+Enter starts a new line inside a multi-line cell. Text typed with an input method
 * (Vietnamese Telex composition) is never interrupted.
 */
export type GridMode = 'rows' | 'columns';

export function gridCell(r: number, c: number) {
  return { 'data-grid-r': r, 'data-grid-c': c } as Record<string, number>;
}

interface Cell {
  r: number;
  c: number;
  el: HTMLElement;
}

function cellsOf(container: HTMLElement): Cell[] {
  return Array.from(container.querySelectorAll<HTMLElement>('[data-grid-r]')).map((el) => ({ r: Number(el.dataset.gridR), c: Number(el.dataset.gridC), el }));
}

/** Puts the caret in a cell, its text selected so that typing replaces it (as in Excel). */
export function focusCellElement(el: HTMLElement): boolean {
  const target = el.querySelector<HTMLElement>('textarea, input:not([type="hidden"]):not([disabled]), [tabindex="0"]');
  if (!target) return false;
  target.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
    try {
      target.select();
    } catch {
      // Some input types cannot be selected.
    }
  }
  return true;
}

function pick(cells: Cell[], from: Cell, dir: 'up' | 'down' | 'left' | 'right', mode: GridMode, wrap: boolean): Cell | undefined {
  const byRow = (a: Cell, b: Cell) => a.r - b.r || a.c - b.c;
  if (dir === 'down' || dir === 'up') {
    const same = cells.filter((x) => x.c === from.c && (dir === 'down' ? x.r > from.r : x.r < from.r)).sort(byRow);
    const next = dir === 'down' ? same[0] : same[same.length - 1];
    if (next || !wrap || mode !== 'columns') return next;
    // The end of a column: on to the next (or previous) column.
    const columns = [...new Set(cells.map((x) => x.c))].sort((a, b) => a - b);
    const col = dir === 'down' ? columns.find((c) => c > from.c) : [...columns].reverse().find((c) => c < from.c);
    if (col === undefined) return undefined;
    const inCol = cells.filter((x) => x.c === col).sort(byRow);
    return dir === 'down' ? inCol[0] : inCol[inCol.length - 1];
  }
  const row = cells.filter((x) => x.r === from.r && (dir === 'right' ? x.c > from.c : x.c < from.c)).sort(byRow);
  const next = dir === 'right' ? row[0] : row[row.length - 1];
  if (next || !wrap) return next;
  const rows = [...new Set(cells.map((x) => x.r))].sort((a, b) => a - b);
  const r = dir === 'right' ? rows.find((x) => x > from.r) : [...rows].reverse().find((x) => x < from.r);
  if (r === undefined) return undefined;
  const inRow = cells.filter((x) => x.r === r).sort(byRow);
  return dir === 'right' ? inRow[0] : inRow[inRow.length - 1];
}

export function useGridKeys(mode: GridMode) {
  const ref = useRef<HTMLDivElement>(null);

  const focusCell = useCallback((r: number, c: number) => {
    const el = ref.current?.querySelector<HTMLElement>(`[data-grid-r="${r}"][data-grid-c="${c}"]`);
    return el ? focusCellElement(el) : false;
  }, []);

  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const container = ref.current;
      const target = e.target as HTMLElement;
      if (!container || e.nativeEvent.isComposing || e.ctrlKey || e.metaKey) return;
      const wrapper = target.closest<HTMLElement>('[data-grid-r]');
      if (!wrapper || !container.contains(wrapper)) return;
      const combobox = target.getAttribute('role') === 'combobox';
      if (combobox && target.getAttribute('aria-expanded') === 'true') return;
      const text = !combobox && (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== 'checkbox'));
      const field = target as HTMLInputElement;
      const value = text ? field.value : '';
      const start = text ? (field.selectionStart ?? 0) : 0;
      const end = text ? (field.selectionEnd ?? 0) : 0;
      const multiline = target instanceof HTMLTextAreaElement;

      let dir: 'up' | 'down' | 'left' | 'right' | null = null;
      let wrap = false;
      switch (e.key) {
        case 'Enter':
          if (e.altKey) {
            if (multiline) {
              // A new line inside the cell, as Alt+Enter does in Excel.
              e.preventDefault();
              field.setRangeText('\n', start, end, 'end');
              field.dispatchEvent(new Event('input', { bubbles: true }));
            }
            return;
          }
          dir = e.shiftKey ? 'up' : 'down';
          wrap = mode === 'columns';
          break;
        case 'Tab':
          if (e.altKey) return;
          dir = mode === 'columns' ? (e.shiftKey ? 'up' : 'down') : e.shiftKey ? 'left' : 'right';
          wrap = true;
          break;
        case 'ArrowDown':
          if (e.altKey || e.shiftKey) return;
          if (multiline && value.slice(end).includes('\n')) return;
          dir = 'down';
          break;
        case 'ArrowUp':
          if (e.altKey || e.shiftKey) return;
          if (multiline && value.slice(0, start).includes('\n')) return;
          dir = 'up';
          break;
        case 'ArrowLeft':
          if (e.altKey || e.shiftKey || (text && (start !== 0 || end !== 0))) return;
          dir = 'left';
          break;
        case 'ArrowRight':
          if (e.altKey || e.shiftKey || (text && (start !== value.length || end !== value.length))) return;
          dir = 'right';
          break;
        default:
          return;
      }
      const from: Cell = { r: Number(wrapper.dataset.gridR), c: Number(wrapper.dataset.gridC), el: wrapper };
      const next = pick(cellsOf(container), from, dir, mode, wrap);
      if (next) {
        e.preventDefault();
        e.stopPropagation();
        // Let the current cell commit what was typed before the next one takes the focus.
        focusCellElement(next.el);
      } else if (e.key === 'Enter' || e.key.startsWith('Arrow')) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    [mode],
  );

  return { ref, onKeyDownCapture, focusCell };
}
