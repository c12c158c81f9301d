import { articleIndex, SPEAKER_KINDS, speakerKind, type SpeakerKind } from './classify.js';
import { FieldVotes, TopCounter, type Counted } from './counter.js';
import { DEFAULT_DATE_FIELDS, getPath, parseDate, periodOf, type Interval } from './periods.js';
import type { ReportInput } from './validate.js';

/**
 * The totals over an archive, one article at a time. Memory does not grow with the archive: names
 * (people, places, organizations, speakers, issue labels) go into bounded `TopCounter`s (see
 * counter.ts), everything else is a fixed set of numbers — genders, speaker kinds, IPTC top-level
 * topics — or one small record per period of the timeline and per group of `--by` (at most
 * `maxGroups`; the rest are added up as "(other)").
 */
export interface AggregateOptions {
  /** Dotted path of the article's date (default: meta.published, then meta.date, published, date). */
  dateField?: string;
  interval?: Interval;
  /** Dotted path to group by (`source`, `meta.source`); a plain name is also looked for under `meta`. */
  by?: string;
  /** Entries each name table keeps before it starts evicting (2 × this at most). */
  capacity?: number;
  maxGroups?: number;
  /** The label and root of an IPTC code (from the shipped Media Topics tree). */
  topicRoot?: (iptc: string) => { id: string; label: string };
}

export const GENDERS = ['female', 'male', 'unknown'] as const;
type Tally = Record<string, number>;

interface NameData {
  articles: number;
  /** How the name is spelt, title, affiliation, gender, kind, country: the most frequent of each. */
  votes: FieldVotes<'display' | 'title' | 'affiliation' | 'gender' | 'kind' | 'country'>;
}
interface SpeakerData extends NameData {
  words: number;
  speakerKind: SpeakerKind;
}
interface IssueData {
  votes: FieldVotes<'label'>;
  iptc: string;
  topic: string;
}
interface PeriodData {
  articles: number;
  quotes: number;
  quotesByGender: Tally;
  quotesByKind: Tally;
  quotedPeopleByGender: Tally;
  topics: Tally;
  speakers: TopCounter<{ votes: FieldVotes<'display'>; kind: SpeakerKind }>;
}

const nameData = (): NameData => ({ articles: 0, votes: new FieldVotes() });
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const bump = (t: Tally, key: string, by = 1) => {
  t[key] = (t[key] ?? 0) + by;
};
const zeroGenders = (): Tally => ({ female: 0, male: 0, unknown: 0 });

/** Words as runs of non-space characters (the count `newsmark` itself reports for a run). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Where an output's text ends, from its structure (the text itself is in the output only with --include-text). */
function textEnd(o: ReportInput): number {
  const s = o.structure as { paragraphs?: { end?: unknown }[]; sentences?: { end?: unknown }[]; boilerplate?: { end?: unknown }[]; captions?: { end?: unknown }[] } | undefined;
  let end = 0;
  for (const list of [s?.paragraphs, s?.sentences, s?.boilerplate, s?.captions]) {
    const last = Array.isArray(list) ? list.at(-1)?.end : undefined;
    if (typeof last === 'number' && last > end) end = last;
  }
  return end;
}

export class Aggregator {
  articles = 0;
  words = 0;
  articlesWithWords = 0;
  /** Characters of text: the text's length when the output has it, else where its last paragraph ends. */
  characters = 0;
  quotes = { direct: 0, indirect: 0, attributed: 0, unattributed: 0 };
  people: TopCounter<NameData>;
  places: TopCounter<NameData>;
  organizations: TopCounter<NameData>;
  speakers: TopCounter<SpeakerData>;
  issues: TopCounter<IssueData>;
  topics = new Map<string, { label: string; articles: number; issues: number }>();
  kinds: Record<SpeakerKind, { speakers: number; quotes: number; words: number }> = Object.fromEntries(SPEAKER_KINDS.map((k) => [k, { speakers: 0, quotes: 0, words: 0 }])) as never;
  gender = { quotes: zeroGenders(), quotedPeople: zeroGenders(), mentionedPeople: zeroGenders() };
  periods = new Map<string, PeriodData>();
  undated = 0;
  dateFieldsSeen = new Set<string>();
  groups = new Map<string, Aggregator>();
  private readonly options: Required<Pick<AggregateOptions, 'capacity' | 'maxGroups' | 'interval'>> & AggregateOptions;

  constructor(options: AggregateOptions = {}) {
    this.options = { capacity: 10_000, maxGroups: 50, interval: 'month', ...options };
    const cap = this.options.capacity;
    this.people = new TopCounter(cap, nameData);
    this.places = new TopCounter(cap, nameData);
    this.organizations = new TopCounter(cap, nameData);
    this.speakers = new TopCounter(cap, () => ({ ...nameData(), words: 0, speakerKind: 'person' as SpeakerKind }));
    this.issues = new TopCounter(Math.min(cap, 5_000), () => ({ votes: new FieldVotes<'label'>(), iptc: '', topic: '' }));
  }

  get interval(): Interval {
    return this.options.interval;
  }

  add(o: ReportInput): void {
    this.articles++;
    const words = typeof o.text === 'string' ? countWords(o.text) : typeof o.meta?.words === 'number' ? o.meta.words : typeof o.words === 'number' ? o.words : undefined;
    if (words !== undefined) {
      this.words += words;
      this.articlesWithWords++;
    }
    this.characters += typeof o.text === 'string' ? o.text.length : textEnd(o);
    const { ids, quoteKinds } = articleIndex(o);
    const genderOf = new Map<string, string>();
    for (const p of o.people) if (typeof p.gender === 'string') genderOf.set(p.id, p.gender);

    const entities = (counter: TopCounter<NameData>, list: ReportInput['people' | 'places' | 'organizations']) => {
      for (const e of list) {
        if (typeof e.name !== 'string') continue;
        const entry = counter.add(norm(e.name), Array.isArray(e.mentions) ? e.mentions.length : 1);
        const d = entry.data;
        d.articles++;
        const x = e as { title?: string; affiliation?: string; gender?: string; kind?: string; country?: string };
        d.votes.add('display', e.name);
        d.votes.add('title', x.title);
        d.votes.add('affiliation', x.affiliation);
        d.votes.add('gender', x.gender, 2);
        d.votes.add('kind', x.kind, 2);
        d.votes.add('country', x.country, 2);
      }
    };
    entities(this.people, o.people);
    entities(this.places, o.places);
    entities(this.organizations, o.organizations);
    for (const p of o.people) bump(this.gender.mentionedPeople, genderOf.get(p.id) ?? 'unknown');

    for (const q of o.quotes) {
      if (q.kind === 'indirect') this.quotes.indirect++;
      else {
        this.quotes.direct++;
        if (q.speaker) this.quotes.attributed++;
        else this.quotes.unattributed++;
      }
    }

    // Speakers: newsmark's per-article summary (direct quotes only, as in the output's `speakers`).
    const period = this.periodFor(o);
    for (const s of o.speakers) {
      if (typeof s.name !== 'string') continue;
      const kind = speakerKind(s as never, ids, quoteKinds);
      // The person's gender from the article's entity, else from the speaker record if it carries one.
      const own = (s as { gender?: unknown }).gender;
      const gender = kind === 'person' ? ((s.entity ? genderOf.get(s.entity) : undefined) ?? (typeof own === 'string' ? own : 'unknown')) : undefined;
      const quotes = typeof s.quotes === 'number' ? s.quotes : 0;
      const words = typeof s.words === 'number' ? s.words : 0;
      const entry = this.speakers.add(`${kind}:${norm(s.name)}`, quotes);
      const d = entry.data;
      d.speakerKind = kind;
      d.articles++;
      d.words += words;
      d.votes.add('display', s.name);
      d.votes.add('title', s.title);
      d.votes.add('affiliation', s.affiliation);
      // The row's gender: the one articles give; "unknown" only when none does.
      if (gender && gender !== 'unknown') d.votes.add('gender', gender, 2);
      const k = this.kinds[kind];
      k.speakers++;
      k.quotes += quotes;
      k.words += words;
      if (gender) {
        bump(this.gender.quotes, gender, quotes);
        bump(this.gender.quotedPeople, gender);
      }
      if (period) {
        period.quotes += quotes;
        bump(period.quotesByKind, kind, quotes);
        if (gender) {
          bump(period.quotesByGender, gender, quotes);
          bump(period.quotedPeopleByGender, gender);
        }
        const ps = period.speakers.add(`${kind}:${norm(s.name)}`, quotes);
        ps.data.votes.add('display', s.name);
        ps.data.kind = kind;
      }
    }

    // Issues: an article counts once per label and once per top-level topic.
    const roots = new Set<string>();
    const labels = new Set<string>();
    for (const i of o.issues) {
      if (typeof i.label !== 'string') continue;
      const key = `${norm(i.label)}|${i.iptc ?? ''}`;
      if (labels.has(key)) continue;
      labels.add(key);
      const entry = this.issues.add(key);
      entry.data.votes.add('label', i.label);
      entry.data.iptc = i.iptc ?? '';
      entry.data.topic = i.topic ?? '';
      const root = i.iptc ? (this.options.topicRoot?.(i.iptc) ?? { id: i.iptc, label: i.topic ?? i.iptc }) : { id: '', label: '(no IPTC code)' };
      let t = this.topics.get(root.id);
      if (!t) this.topics.set(root.id, (t = { label: root.label, articles: 0, issues: 0 }));
      t.issues++;
      if (!roots.has(root.id)) {
        roots.add(root.id);
        t.articles++;
        if (period) bump(period.topics, root.id);
      }
    }

    if (this.options.by !== undefined) {
      const raw = getPath(o, this.options.by) ?? (this.options.by.includes('.') ? undefined : getPath(o, `meta.${this.options.by}`));
      let value = raw === undefined || raw === null || raw === '' ? '(none)' : typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
      let group = this.groups.get(value);
      if (!group && this.groups.size >= this.options.maxGroups) {
        value = '(other)';
        group = this.groups.get(value);
      }
      if (!group) {
        group = new Aggregator({ ...this.options, by: undefined, capacity: Math.max(100, Math.floor(this.options.capacity / 10)) });
        this.groups.set(value, group);
      }
      group.add(o);
    }
  }

  private periodFor(o: ReportInput): PeriodData | undefined {
    const fields = this.options.dateField ? [this.options.dateField] : DEFAULT_DATE_FIELDS;
    for (const field of fields) {
      const date = parseDate(getPath(o, field));
      if (!date) continue;
      this.dateFieldsSeen.add(field);
      const key = periodOf(date, this.options.interval);
      let p = this.periods.get(key);
      if (!p) {
        p = { articles: 0, quotes: 0, quotesByGender: zeroGenders(), quotesByKind: {}, quotedPeopleByGender: zeroGenders(), topics: {}, speakers: new TopCounter(50, () => ({ votes: new FieldVotes<'display'>(), kind: 'person' as SpeakerKind })) };
        this.periods.set(key, p);
      }
      p.articles++;
      return p;
    }
    this.undated++;
    return undefined;
  }
}

// ---- The report: plain data, written as text, CSV, JSON or HTML ----

export interface NameRow {
  name: string;
  mentions: number;
  articles: number;
  /** How much `mentions` may overcount (only after the table had to evict names; see counter.ts). */
  error?: number;
  title?: string;
  affiliation?: string;
  gender?: string;
  kind?: string;
  country?: string;
}
export interface SpeakerRow {
  name: string;
  kind: SpeakerKind;
  quotes: number;
  words: number;
  articles: number;
  error?: number;
  title?: string;
  affiliation?: string;
  gender?: string;
}
export interface IssueRow {
  label: string;
  iptc: string;
  topic: string;
  articles: number;
  error?: number;
}
export interface TopicRow {
  iptc: string;
  label: string;
  articles: number;
  issues: number;
}
export interface PeriodRow {
  period: string;
  articles: number;
  quotes: number;
  quotesByGender: Tally;
  quotedPeopleByGender: Tally;
  quotesByKind: Tally;
  topics: Tally;
  topSpeakers: { name: string; kind: SpeakerKind; quotes: number }[];
}
export interface GroupRow {
  value: string;
  articles: number;
  words: number;
  quotes: number;
  quotesByGender: Tally;
  quotedPeopleByGender: Tally;
  topSpeaker?: string;
  topIssue?: string;
}

export interface Report {
  schema: 'newsmark-report/1';
  articles: number;
  words: number;
  /** Articles whose words could be counted (outputs written with --include-text). */
  articlesWithWords: number;
  characters: number;
  quotes: { direct: number; indirect: number; attributed: number; unattributed: number };
  /** True when every count is exact (no name table had to evict). */
  exact: boolean;
  /**
   * Per table, the highest count it ever dropped (0 while exact): every name counted more often than
   * this is in the table, and each row's count is at most `error` too high (counter.ts).
   */
  floors: { people: number; places: number; organizations: number; speakers: number; issues: number };
  speakerKinds: Record<SpeakerKind, { speakers: number; quotes: number; words: number }>;
  gender: { quotes: Tally; quotedPeople: Tally; mentionedPeople: Tally };
  speakers: SpeakerRow[];
  people: NameRow[];
  places: NameRow[];
  organizations: NameRow[];
  issues: IssueRow[];
  topics: TopicRow[];
  timeline: { interval: Interval; dateFields: string[]; undated: number; periods: PeriodRow[] };
  groups?: { field: string; values: GroupRow[] };
  bad: { count: number; examples: { where: string; reason: string }[] };
}

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== 0 && v !== '')) as T;

function nameRows(counter: TopCounter<NameData>, top: number): NameRow[] {
  return counter.top(top).map((e: Counted<NameData>) => ({
    name: e.data.votes.best('display') ?? e.key,
    mentions: e.count,
    articles: e.data.articles,
    ...clean({ error: e.error, title: e.data.votes.best('title'), affiliation: e.data.votes.best('affiliation'), gender: e.data.votes.best('gender'), kind: e.data.votes.best('kind'), country: e.data.votes.best('country') }),
  }));
}

/** The report from an aggregate: `top` rows per table (all that were kept, by default). */
export function buildReport(a: Aggregator, options: { top?: number; byField?: string; bad?: Report['bad'] } = {}): Report {
  const top = options.top ?? Infinity;
  const speakers = a.speakers.top(top, (e) => e.count * 1e6 + e.data.words).map((e) => ({
    name: e.data.votes.best('display') ?? e.key,
    kind: e.data.speakerKind,
    quotes: e.count,
    words: e.data.words,
    articles: e.data.articles,
    ...clean({ error: e.error, title: e.data.votes.best('title'), affiliation: e.data.votes.best('affiliation'), gender: e.data.speakerKind === 'person' ? (e.data.votes.best('gender') ?? 'unknown') : undefined }),
  }));
  const periods = [...a.periods.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([period, p]) => ({
      period,
      articles: p.articles,
      quotes: p.quotes,
      quotesByGender: p.quotesByGender,
      quotedPeopleByGender: p.quotedPeopleByGender,
      quotesByKind: p.quotesByKind,
      topics: p.topics,
      topSpeakers: p.speakers.top(3).map((s) => ({ name: s.data.votes.best('display') ?? s.key, kind: s.data.kind, quotes: s.count })),
    }));
  const report: Report = {
    schema: 'newsmark-report/1',
    articles: a.articles,
    words: a.words,
    articlesWithWords: a.articlesWithWords,
    characters: a.characters,
    quotes: a.quotes,
    exact: [a.people, a.places, a.organizations, a.speakers, a.issues].every((c) => c.exact),
    floors: { people: a.people.floor, places: a.places.floor, organizations: a.organizations.floor, speakers: a.speakers.floor, issues: a.issues.floor },
    speakerKinds: a.kinds,
    gender: a.gender,
    speakers,
    people: nameRows(a.people, top),
    places: nameRows(a.places, top),
    organizations: nameRows(a.organizations, top),
    issues: a.issues.top(top).map((e) => ({ label: e.data.votes.best('label') ?? e.key, iptc: e.data.iptc, topic: e.data.topic, articles: e.count, ...clean({ error: e.error }) })),
    topics: [...a.topics.entries()].map(([iptc, t]) => ({ iptc, label: t.label, articles: t.articles, issues: t.issues })).sort((x, y) => y.articles - x.articles || y.issues - x.issues || x.label.localeCompare(y.label)),
    timeline: { interval: a.interval, dateFields: [...a.dateFieldsSeen], undated: a.undated, periods },
    bad: options.bad ?? { count: 0, examples: [] },
  };
  if (options.byField !== undefined) {
    report.groups = {
      field: options.byField,
      values: [...a.groups.entries()]
        .map(([value, g]) => {
          const topSpeaker = g.speakers.top(1)[0];
          const topIssue = g.issues.top(1)[0];
          return {
            value,
            articles: g.articles,
            words: g.words,
            quotes: g.quotes.direct,
            quotesByGender: g.gender.quotes,
            quotedPeopleByGender: g.gender.quotedPeople,
            ...clean({ topSpeaker: topSpeaker ? (topSpeaker.data.votes.best('display') ?? topSpeaker.key) : undefined, topIssue: topIssue ? (topIssue.data.votes.best('label') ?? topIssue.key) : undefined }),
          };
        })
        .sort((x, y) => y.articles - x.articles || (x.value < y.value ? -1 : 1)),
    };
  }
  return report;
}
