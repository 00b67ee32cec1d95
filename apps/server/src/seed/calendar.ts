/** The demo's dates and day arithmetic on ISO dates for the generator (whole days since 1970-01-01, UTC). */

const MS_PER_DAY = 86_400_000;

/** The date the demo describes: nobody joins, moves or leaves after it. */
export const DATA_AS_OF = '2026-11-01';
/** `created_at`/`updated_at` of generated rows: a fixed instant, so runs compare equal. */
export const SEEDED_AT = new Date(`${DATA_AS_OF}T00:00:00.000Z`);
/** Since 1 July 2025 commune committees sit directly under the province and districts are gone. */
export const RESTRUCTURE_ON = '2025-07-01';

export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** The months from `fromMonth` to `toMonth` ("2023-01"), both included. */
export function months(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  let y = Number(fromMonth.slice(0, 4));
  let m = Number(fromMonth.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > toMonth) return out;
    out.push(month);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
}

/** The month before `today`'s. */
export function lastMonthBefore(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export function dayOf(month: string, day: number): string {
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return (dayNumber(date) + 4) % 7;
}

/** Minutes after midnight as "HH:MM". */
export function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Whether a dated period [from, to) covers `date` (`to` null while open). */
export function covers(from: string, to: string | null, date: string): boolean {
  return from <= date && (to === null || to > date);
}

/** A date column as read back from either database. */
export function isoDate(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
