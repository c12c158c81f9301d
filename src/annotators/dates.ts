import type { Annotator } from '../pipeline/annotator.js';
import type { DocWith, DateAnchor, DateMention, Token } from '../model/document.js';

/**
 * Dates and times as news writes them: "June 18", "Friday", "June 18, 2023", "1996-08-30",
 * "last year", "this week", "recent weeks", "coming months". `value` is an ISO date when the text
 * itself says the year; a relative date ("Wednesday", "yesterday", "last week", "next month", a
 * day without a year) is resolved against the article's own date — its published date, else the
 * date in its dateline, else a date the caller gave (`--date`) — and says which (`anchor`,
 * `anchorDate`). Without any of them it stays unresolved; vague ones ("recent weeks") always do.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
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
  const monthIndex = monthOf(lower);
  if (monthIndex < 0) return /^\D*\d{4}$/.test(lower) ? year : undefined;
  const day = lower.replace(year, '').match(/\b(\d{1,2})(?:st|nd|rd|th)?\b/)?.[1];
  const mm = String(monthIndex + 1).padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

const monthOf = (lower: string): number => MONTHS.findIndex((m) => new RegExp(`\\b${m.slice(0, 3)}`).test(lower));

/** "May" and "March" are also words: accept a bare month only with a date-like word around it. */
function bareMonthIsDate(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^(may|march)$/i.test(word)) return true;
  if (word[0] !== word[0]!.toUpperCase()) return false;
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  return /\b(in|since|until|by|from|early|late|mid|last|next|this)\s+$/.test(before) || /^[.,]/.test(text.slice(end, end + 1));
}

export const dates: Annotator<'blocks' | 'tokens', 'dates'> = {
  name: 'dates',
  requires: ['blocks', 'tokens'],
  provides: ['dates'],
  run(doc, options) {
    const text = doc.text;
    const found: DateMention[] = [];
    for (const block of doc.layers.blocks) {
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
    const reference = referenceOf(doc, found, options.referenceDate);
    if (reference) {
      const tense = tenseAt(doc.layers.tokens);
      for (const date of found) {
        if (date.value) continue;
        const value = resolve(date.text, reference.day, () => tense(date));
        if (value) Object.assign(date, { value, anchor: reference.anchor, anchorDate: isoDay(reference.day) });
      }
    }
    return { dates: found };
  },
};

/** A calendar day, in UTC so no time zone moves it. */
type Day = Date;

const dayOf = (y: number, m: number, d: number): Day | undefined => {
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? day : undefined;
};
const addDays = (day: Day, n: number): Day => new Date(day.getTime() + n * 86_400_000);
const isoDay = (day: Day): string => day.toISOString().slice(0, 10);
const isoMonth = (y: number, m: number): string => {
  const first = new Date(Date.UTC(y, m - 1, 1));
  return first.toISOString().slice(0, 7);
};

/** ISO 8601 week ("2024-W10"): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 3 - ((day.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * A reference date as pages and people write one: "2024-03-08", "2024-03-08T14:05:00-06:00" (the
 * date as written, not moved to UTC), "March 8, 2024", "8 March 2024".
 */
export function parseDay(value: string | undefined): Day | undefined {
  if (!value) return undefined;
  const iso = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?![\d])/);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = isoValue(value.trim().replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, ''));
  const full = written?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return full ? dayOf(Number(full[1]), Number(full[2]), Number(full[3])) : undefined;
}

/**
 * The date relative dates count from, best first: the published date; a dateline's date (its year,
 * when it names none, the one that puts it nearest the date given); the date given.
 */
function referenceOf(doc: DocWith<'blocks'>, found: DateMention[], given: string | undefined): { day: Day; anchor: DateAnchor } | undefined {
  const published = parseDay(doc.meta?.published);
  if (published) return { day: published, anchor: 'published' };
  const givenDay = parseDay(given);
  for (const block of doc.layers.blocks) {
    if (block.kind !== 'dateline') continue;
    for (const date of found) {
      if (date.start < block.start || date.end > block.end) continue;
      const day = parseDay(date.value) ?? (givenDay ? monthDay(date.text, givenDay, 'past') : undefined);
      if (day) return { day, anchor: 'dateline' };
    }
  }
  return givenDay ? { day: givenDay, anchor: 'given' } : undefined;
}

type Tense = 'past' | 'future';

/** "June 18" or "18 June" without a year: the year that puts it nearest the reference (ties go by tense). */
function monthDay(text: string, reference: Day, tense: Tense): Day | undefined {
  const lower = text.toLowerCase();
  const month = monthOf(lower);
  const d = lower.match(/\b(\d{1,2})(?:st|nd|rd|th)?\b/)?.[1];
  if (month < 0 || !d) return undefined;
  return nearest(
    [-1, 0, 1].map((k) => dayOf(reference.getUTCFullYear() + k, month + 1, Number(d))).filter((x): x is Day => !!x),
    reference,
    tense,
  );
}

function nearest(days: Day[], reference: Day, tense: Tense): Day | undefined {
  let best: Day | undefined;
  for (const day of days) {
    const distance = Math.abs(day.getTime() - reference.getTime());
    const bestDistance = best ? Math.abs(best.getTime() - reference.getTime()) : Infinity;
    const tieWins = distance === bestDistance && (tense === 'future' ? day > reference : day < reference);
    if (distance < bestDistance || tieWins) best = day;
  }
  return best;
}

/**
 * The value of a relative date against a reference day, or undefined for what has no one value
 * ("recent weeks", "coming months", "last weekend", "early Friday" resolves like "Friday").
 * A weekday alone is the nearest one before the reference (the same day counts) in past-tense
 * reporting, the nearest one after it when the sentence speaks of the future ("will meet Friday").
 */
export function resolve(text: string, reference: Day, tenseOf: () => Tense): string | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^(today|tonight)$/.test(lower)) return isoDay(reference);
  if (lower === 'yesterday') return isoDay(addDays(reference, -1));
  if (lower === 'tomorrow') return isoDay(addDays(reference, 1));
  const weekday = lower.match(/^(?:(last|this|next|early|late|earlier|later) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$/);
  if (weekday) {
    const target = WEEKDAYS.indexOf(weekday[2]!);
    const back = (reference.getUTCDay() - target + 7) % 7; // days back to the nearest such day, 0 = the reference day
    const forward = (target - reference.getUTCDay() + 7) % 7;
    if (weekday[1] === 'last') return isoDay(addDays(reference, -(back || 7)));
    if (weekday[1] === 'next') return isoDay(addDays(reference, forward || 7));
    return isoDay(addDays(reference, tenseOf() === 'future' ? forward : -back));
  }
  const unit = lower.match(/^(last|this|next) (week|month|year)$/);
  if (unit) {
    const step = unit[1] === 'last' ? -1 : unit[1] === 'next' ? 1 : 0;
    const y = reference.getUTCFullYear();
    const m = reference.getUTCMonth() + 1;
    if (unit[2] === 'week') return isoWeek(addDays(reference, 7 * step));
    if (unit[2] === 'month') return isoMonth(y, m + step);
    return String(y + step);
  }
  if (/\d/.test(lower) && monthOf(lower) >= 0) {
    const day = monthDay(lower, reference, tenseOf());
    return day ? isoDay(day) : undefined;
  }
  const month = lower.match(/^(?:(?:early|mid|late) )?(january|february|march|april|may|june|july|august|september|october|november|december)$/);
  if (month) {
    const index = MONTHS.indexOf(month[1]!) + 1;
    const options = [-1, 0, 1].map((k) => dayOf(reference.getUTCFullYear() + k, index, 15)!);
    const best = nearest(options, reference, tenseOf())!;
    return isoMonth(best.getUTCFullYear(), index);
  }
  return undefined;
}

const FUTURE_WORDS = new Set(['will', 'shall', 'would', "'ll", '’ll', 'wo', 'expected', 'scheduled', 'due', 'plans', 'planned', 'upcoming', 'going']);

/**
 * Whether the words nearest a date speak of the future: a modal ("will", "would", "'ll"), a plan word
 * ("scheduled", "due", "expected") or a present-tense verb ("the strike begins Monday") before it
 * in its sentence, else after it (a base form after a subject is present tense: "if producers agree … on
 * Sunday"); a past-tense verb ("said", "collapsed") makes it past. Infinitives
 * are skipped ("would close the plant on Friday" reads from "would"), a gerund counts by its
 * auxiliary ("are meeting Monday", but not "Monday's meeting ended"). Without any cue: past, as news
 * reports mostly are.
 */
function tenseAt(tokens: Token[]): (date: DateMention) => Tense {
  return (date) => {
    const first = tokens.findIndex((t) => t.end > date.start);
    if (first < 0) return 'past';
    const sentence = tokens[first]!.sentence;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < date.end) last++;
    const cue = (i: number): Tense | undefined => {
      const t = tokens[i]!;
      const word = t.normal.toLowerCase();
      const previous = tokens[i - 1]?.sentence === sentence ? tokens[i - 1]!.normal.toLowerCase() : '';
      if (FUTURE_WORDS.has(word) || /['’]ll$/.test(t.text)) return 'future';
      if (word === 'set' && /^(is|are)$/.test(previous)) return 'future'; // "a vote is set for Monday"
      if (!t.tags.includes('Verb')) return undefined;
      // compromise tags every base form Infinitive: after "to" or a modal it is one (the modal decides);
      // right after a noun or pronoun, its subject, it is the present tense ("if producers agree … on
      // Sunday"); elsewhere it may be a noun compromise took for a verb ("a $2.1bn budget on Wednesday").
      if (t.tags.includes('Infinitive')) {
        const subject = tokens[i - 1]?.sentence === sentence && tokens[i - 1]!.tags.includes('Noun') && !tokens[i - 1]!.tags.includes('Possessive');
        return subject && !t.tags.includes('PastTense') ? 'future' : undefined;
      }
      // A gerund counts by its auxiliary ("are meeting Monday", "was meeting"), else not at all ("Monday's meeting").
      if (t.tags.includes('Gerund')) return /^(is|are|am)$/.test(previous) ? 'future' : /^(was|were)$/.test(previous) ? 'past' : undefined;
      if (t.tags.includes('PastTense')) return 'past';
      if (t.tags.includes('PresentTense') && !t.tags.includes('Copula') && !t.tags.includes('Auxiliary')) return 'future';
      return undefined;
    };
    for (let i = first - 1, n = 0; i >= 0 && n < 8 && tokens[i]!.sentence === sentence; i--, n++) {
      const c = cue(i);
      if (c) return c;
    }
    for (let i = last + 1, n = 0; i < tokens.length && n < 8 && tokens[i]!.sentence === sentence; i++, n++) {
      const c = cue(i);
      if (c) return c;
    }
    return 'past';
  };
}
