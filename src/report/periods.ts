/** Dates of articles and the periods of the report's timeline. */

export const INTERVALS = ['day', 'week', 'month', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

/** Where an article's date is looked for when `--date-field` is not given, in order. */
export const DEFAULT_DATE_FIELDS = ['meta.published', 'meta.date', 'published', 'date'];

/** A value at a dotted path (`meta.published`, `source.name`), or undefined. */
export function getPath(value: unknown, dotted: string): unknown {
  let cur: unknown = value;
  for (const key of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * A calendar date from a field's value: ISO 8601 (`2023-06-18`, `2023-06-18T09:30:00Z`, `2023-06`,
 * `2023`), else a YYYY-MM-DD date inside the value (an id such as `2016-09-12_story`), else anything
 * `Date.parse` reads (RFC 2822 dates in feeds). The date is taken as written,
 * not moved to another time zone, so an article dated 2023-06-18 is in that day whatever the clock.
 */
export function parseDate(value: unknown): { y: number; m: number; d: number } | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = new Date(value > 1e11 ? value : value * 1000).toISOString();
  if (typeof value !== 'string') return undefined;
  const iso = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(value);
  if (iso) {
    const y = Number(iso[1]);
    const m = iso[2] ? Number(iso[2]) : 1;
    const d = iso[3] ? Number(iso[3]) : 1;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { y, m, d };
    return undefined;
  }
  // A date inside a longer value, as ids and file names often carry one (`2016-09-12_story-title`).
  const inside = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(value);
  if (inside) {
    const [y, m, d] = [Number(inside[1]), Number(inside[2]), Number(inside[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { y, m, d };
  }
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The period a date falls in: `2023-06-18`, `2023-W24` (ISO week), `2023-06`, `2023`. */
export function periodOf(date: { y: number; m: number; d: number }, interval: Interval): string {
  switch (interval) {
    case 'day':
      return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
    case 'month':
      return `${pad(date.y, 4)}-${pad(date.m)}`;
    case 'year':
      return pad(date.y, 4);
    case 'week': {
      // ISO 8601: the week with the year's first Thursday is week 1; weeks start on Monday.
      const t = new Date(Date.UTC(date.y, date.m - 1, date.d));
      const day = t.getUTCDay() || 7;
      t.setUTCDate(t.getUTCDate() + 4 - day);
      const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
      const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
      return `${pad(t.getUTCFullYear(), 4)}-W${pad(week)}`;
    }
  }
}
