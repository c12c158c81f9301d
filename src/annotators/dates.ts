import type { Annotator } from '../pipeline/annotator.js';
import type { DateMention } from '../model/document.js';
import { layer } from '../model/document.js';

/**
 * Dates and times as news writes them: "June 18", "Friday", "June 18, 2023", "1996-08-30",
 * "last year", "this week", "recent weeks", "coming months". `value` is an ISO date only when the
 * text itself says the year; relative dates are kept as text, never resolved by guessing.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const UNIT = '(?:day|week|month|year|decade|century|weekend|quarter|summer|winter|spring|autumn|fall)s?';

const PATTERNS: RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  new RegExp(`\\b${WEEKDAY},?\\s+${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'gi'),
  new RegExp(`\\b(?:(?:last|this|next|early|late|earlier|later)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'gi'),
  new RegExp(`\\b(?:last|this|next|past|coming|recent|previous|following)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?${UNIT}\\b`, 'gi'),
  /\b(?:yesterday|today|tonight|tomorrow)\b/gi,
  new RegExp(`\\b(?:(?:early|mid|late)\\s+)?(?:${MONTHS.join('|')})\\b`, 'gi'),
  /\b(?:in|since|until|by|from|of)\s+((?:1[89]|20)\d{2})\b/g,
];

function isoValue(text: string): string | undefined {
  const iso = text.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) return text;
  const lower = text.toLowerCase();
  const year = lower.match(/\b(1[89]\d{2}|20\d{2})\b/)?.[1];
  if (!year) return undefined;
  const monthIndex = MONTHS.findIndex((m) => new RegExp(`\\b${m.slice(0, 3)}`).test(lower));
  if (monthIndex < 0) return /^\D*\d{4}$/.test(lower) ? year : undefined;
  const day = lower.replace(year, '').match(/\b(\d{1,2})(?:st|nd|rd|th)?\b/)?.[1];
  const mm = String(monthIndex + 1).padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** "May" and "March" are also words: accept a bare month only with a date-like word around it. */
function bareMonthIsDate(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^(may|march)$/i.test(word)) return true;
  if (word[0] !== word[0]!.toUpperCase()) return false;
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  return /\b(in|since|until|by|from|early|late|mid|last|next|this)\s+$/.test(before) || /^[.,]/.test(text.slice(end, end + 1));
}

export const dates: Annotator = {
  name: 'dates',
  requires: ['blocks'],
  provides: ['dates'],
  run(doc) {
    const text = doc.text;
    const found: DateMention[] = [];
    for (const block of layer(doc, 'blocks')) {
      if (block.kind === 'boilerplate') continue;
      const piece = block.text;
      const blockTaken = new Uint8Array(piece.length);
      for (const pattern of PATTERNS) {
        pattern.lastIndex = 0;
        for (let m = pattern.exec(piece); m; m = pattern.exec(piece)) {
          let s = m.index;
          let e = s + m[0].length;
          // "in 2019": keep the year, not the preposition.
          const lead = m[0].match(/^(?:in|since|until|by|from|of)\s+(?=\d)/i);
          if (lead) s += lead[0].length;
          if (blockTaken.subarray(s, e).some((x) => x)) continue;
          const start = block.start + s;
          const end = block.start + e;
          const word = text.slice(start, end);
          if (/^[a-z]/.test(word) && new RegExp(`^${MONTH}$`, 'i').test(word)) continue; // "may" the verb
          if (!bareMonthIsDate(text, start, end)) continue;
          blockTaken.fill(1, s, e);
          const value = isoValue(word);
          found.push(value ? { start, end, text: word, value } : { start, end, text: word });
        }
      }
    }
    found.sort((a, b) => a.start - b.start);
    return { dates: found };
  },
};
