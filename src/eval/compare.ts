import { alignBySpan, sameSpan, showSpan, type SpanTolerance } from './align.js';
import { findShifts, toActual, unshift, type Shift } from './check-shift.js';
import type { SpanLike } from './metrics.js';

/**
 * Compare an article's expected output with the current one by meaning, not as text: entities are
 * matched by name and mentions, quotes by span, issues by IPTC code, keyphrases by text. Each
 * difference is said in words ("quote 3: speaker expected Patricia Kim, got none").
 * The `id`, the article `text` and the wording of diagnostics never count; scores and confidences
 * count only when asked. An article edited since (text inserted or removed) is one difference per
 * edit, and the rest is compared in the expected file's offsets. Differences come in offset order.
 */
export interface Difference {
  /** The output field it is about, as ignore patterns name it: `people.mentions`, `quotes.speaker`. */
  field: string;
  message: string;
  /** Where in the current article text it is (an offset), when it is about a place in the text. */
  start?: number;
  /** `start` as a line and column (both from 1), when the article is a plain-text file (set by the check). */
  line?: number;
  column?: number;
}

export interface CompareOptions extends SpanTolerance {
  /** Fields (dotted, e.g. `keyphrases`, `quotes.cue`, `structure.sentences`) left out. */
  ignore: string[];
  /** Compare scores and confidences too. */
  scores: boolean;
}

export const DEFAULT_COMPARE: CompareOptions = { ignore: [], overlap: false, scores: false };

/** Reported per field before the rest is summed up, so a shifted article does not print a thousand lines. */
const MAX_PER_FIELD = 25;

type Obj = Record<string, any>;
type TextSpan = { start: number; end: number; text?: string };

export function compareOutputs(expected: Obj, actualOutput: Obj, options: CompareOptions = DEFAULT_COMPARE): Difference[] {
  const shifts = options.ignore.includes('text') ? [] : findShifts(expected, actualOutput);
  const actual = unshift(actualOutput, shifts);
  const out = new Collector(options, shifts);
  let moved = 0;
  for (const shift of shifts) {
    const where = shift.exact || shift.until <= shift.at ? `at offset ${shift.at}` : `between offsets ${shift.at} and ${shift.until}`;
    out.add('text', `text changed ${where}; later spans shifted by ${shift.by > 0 ? '+' : ''}${shift.by}`, shift.at, shift.at + moved);
    moved += shift.by;
  }
  out.scalar('schema', 'schema', expected.schema, actual.schema);
  compareMeta(expected.meta ?? {}, actual.meta ?? {}, out);
  compareStructure(expected.structure ?? {}, actual.structure ?? {}, out);
  for (const [field, extra] of [['people', ['title', 'affiliation', 'gender']], ['places', ['kind', 'country']], ['organizations', ['kind']]] as const) {
    compareEntities(field, extra, expected, actual, out);
  }
  compareQuotes(expected.quotes ?? [], actual.quotes ?? [], expected, actual, out);
  compareQuotations(expected.quotations ?? [], actual.quotations ?? [], out);
  compareSpeakers(expected.speakers ?? [], actual.speakers ?? [], out);
  compareIssues(expected.issues ?? [], actual.issues ?? [], out);
  compareKeyphrases(expected.keyphrases ?? [], actual.keyphrases ?? [], out);
  compareQuantities(expected.quantities ?? [], actual.quantities ?? [], out);
  compareDates(expected.dates ?? [], actual.dates ?? [], out);
  compareDiagnostics(expected.diagnostics ?? [], actual.diagnostics ?? [], out);
  // Fields a later version adds: compared whole, so nothing goes unchecked.
  const known = new Set(['id', 'text', 'schema', 'meta', 'quantities', 'structure', 'people', 'places', 'organizations', 'quotes', 'quotations', 'speakers', 'issues', 'keyphrases', 'dates', 'diagnostics']);
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (known.has(key)) continue;
    if (JSON.stringify(expected[key]) !== JSON.stringify(actual[key])) out.add(key, `${key}: ${expected[key] === undefined ? 'not expected' : actual[key] === undefined ? 'missing' : 'differs'}`);
  }
  return out.result();
}

class Collector {
  private readonly list: (Difference & { at?: number })[] = [];
  // `at` orders the list; `start` (the place in the current text) is derived from it unless given.
  constructor(
    readonly options: CompareOptions,
    private readonly shifts: Shift[] = [],
  ) {}

  ignored(field: string): boolean {
    return this.options.ignore.some((pattern) => field === pattern || field.startsWith(pattern + '.'));
  }

  /** `at`: where it is, in the expected file's offsets; `start`, when given, the same in the current text. */
  add(field: string, message: string, at?: number, start?: number): void {
    if (this.ignored(field)) return;
    this.list.push(at === undefined ? { field, message } : { field, message, at, ...(start === undefined ? {} : { start }) });
  }

  scalar(field: string, label: string, expected: unknown, actual: unknown, at?: number): void {
    if (expected === actual || (expected == null && actual == null)) return;
    this.add(field, `${label} expected ${show(expected)}, got ${show(actual)}`, at);
  }

  /** In offset order (what has no place in the text after the rest), at most MAX_PER_FIELD per field, then a count. */
  result(): Difference[] {
    const ordered = this.list.map((d, i) => ({ d, i })).sort((a, b) => (a.d.at ?? Infinity) - (b.d.at ?? Infinity) || a.i - b.i).map(({ d }) => d);
    const counts = new Map<string, number>();
    const kept: Difference[] = [];
    for (const { at, ...d } of ordered) {
      const group = d.field.split('.')[0]!;
      const n = (counts.get(group) ?? 0) + 1;
      counts.set(group, n);
      if (n <= MAX_PER_FIELD) kept.push(at === undefined ? d : { ...d, start: d.start ?? toActual(at, this.shifts) });
    }
    const more = [...counts].filter(([, n]) => n > MAX_PER_FIELD).map(([group, n]) => ({ field: group, message: `${group}: … and ${n - MAX_PER_FIELD} more differences` }));
    return [...kept, ...more];
  }
}

const show = (v: unknown): string => (v === undefined || v === null || v === '' ? 'none' : typeof v === 'string' ? v : JSON.stringify(v));
const quoted = (s: string | undefined, max = 60) => {
  const t = (s ?? '').replace(/\s+/g, ' ');
  return `'${t.length > max ? t.slice(0, max - 1) + '…' : t}'`;
};
/** A span and its words; a non-empty text at an empty span is in text inserted since (check-shift's unshift). */
const spanText = (s: TextSpan) =>
  s.start === s.end && s.text ? `${quoted(s.text)} (in text inserted at ${s.start})` : `${showSpan(s)}${s.text !== undefined ? ` ${quoted(s.text)}` : ''}`;

function compareSpanList(field: string, label: string, expected: TextSpan[], actual: TextSpan[], out: Collector): ReturnType<typeof alignBySpan<TextSpan, TextSpan>> {
  const a = alignBySpan(expected, actual, { e: (x) => x, a: (x) => x }, out.options);
  for (const [e, x] of a.moved) out.add(field, `${label}: expected ${spanText(e)}, got ${spanText(x)}`, e.start);
  for (const e of a.missing) out.add(field, `${label}: missing ${spanText(e)}`, e.start);
  for (const x of a.extra) out.add(field, `${label}: unexpected ${spanText(x)}`, x.start);
  for (const [e, x] of a.same) textChanged(field, `${label} ${showSpan(e)}`, e, x, out);
  return a;
}

function compareStructure(expected: Obj, actual: Obj, out: Collector): void {
  for (const key of ['section', 'headline']) {
    const field = `structure.${key}`;
    const e = expected[key] as TextSpan | null | undefined;
    const x = actual[key] as TextSpan | null | undefined;
    if (!e && !x) continue;
    if (!e || !x) out.add(field, `${key}: expected ${e ? spanText(e) : 'none'}, got ${x ? spanText(x) : 'none'}`, (e ?? x)!.start);
    else if (!sameSpan(e, x, out.options)) out.add(field, `${key}: expected ${spanText(e)}, got ${spanText(x)}`, e.start);
    // Same offsets, other words: a rewritten headline of the same length says so as such.
    else if (e.start === x.start && e.end === x.end && e.text !== undefined && x.text !== undefined && e.text !== x.text) out.add(field, `${key} changed: expected ${quoted(e.text, 100)}, got ${quoted(x.text, 100)}`, e.start);
  }
  for (const key of ['subheadings', 'datelines', 'bylines', 'captions', 'boilerplate', 'paragraphs', 'sentences']) {
    compareSpanList(`structure.${key}`, key, expected[key] ?? [], actual[key] ?? [], out);
  }
}

/** Equal offsets over different words: the article itself was edited since the expected file was written. */
function textChanged(field: string, label: string, e: TextSpan, x: TextSpan, out: Collector): void {
  if (e.start !== x.start || e.end !== x.end) return; // spans the overlap tolerance accepted
  if (e.text !== undefined && x.text !== undefined && e.text !== x.text) out.add(field, `${label}: text expected ${quoted(e.text)}, got ${quoted(x.text)} (was the article edited?)`, e.start);
}

const normName = (s: string | undefined) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

function compareEntities(field: 'people' | 'places' | 'organizations', attributes: readonly string[], expectedDoc: Obj, actualDoc: Obj, out: Collector): void {
  const expected: Obj[] = expectedDoc[field] ?? [];
  const actual: Obj[] = actualDoc[field] ?? [];
  const pairs: [Obj, Obj][] = [];
  const usedA = new Set<Obj>();
  // By name first, then by the mentions they share.
  const unmatched: Obj[] = [];
  for (const e of expected) {
    const x = actual.find((a) => !usedA.has(a) && normName(a.name) === normName(e.name));
    if (x) {
      usedA.add(x);
      pairs.push([e, x]);
    } else unmatched.push(e);
  }
  const candidates: [number, Obj, Obj][] = [];
  for (const e of unmatched) {
    for (const x of actual) {
      if (usedA.has(x)) continue;
      const shared = (e.mentions ?? []).filter((m: SpanLike) => (x.mentions ?? []).some((n: SpanLike) => sameSpan(m, n, out.options))).length;
      if (shared) candidates.push([shared, e, x]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0]);
  const usedE = new Set<Obj>();
  for (const [, e, x] of candidates) {
    if (usedE.has(e) || usedA.has(x)) continue;
    usedE.add(e);
    usedA.add(x);
    pairs.push([e, x]);
  }
  for (const e of unmatched) if (!usedE.has(e)) out.add(field, `${field}: missing ${e.name}`, firstAt(e.mentions));
  for (const x of actual) if (!usedA.has(x)) out.add(field, `${field}: unexpected ${quoted(x.name)}`, firstAt(x.mentions));

  for (const [e, x] of pairs.sort((a, b) => expected.indexOf(a[0]) - expected.indexOf(b[0]))) {
    const label = `${field} ${quoted(e.name)}`;
    const at = firstAt(e.mentions);
    if (e.name !== x.name) out.add(`${field}.name`, `${label}: name expected ${quoted(e.name)}, got ${quoted(x.name)}`, at);
    for (const attribute of attributes) out.scalar(`${field}.${attribute}`, `${label}: ${attribute}`, e[attribute], x[attribute], at);
    const em: Obj[] = e.mentions ?? [];
    const xm: Obj[] = x.mentions ?? [];
    const a = alignBySpan(em, xm, { e: (m) => m as SpanLike, a: (m) => m as SpanLike }, out.options);
    const number = (m: Obj) => em.indexOf(m) + 1;
    for (const [m, n] of a.moved) out.add(`${field}.mentions`, `${label}: mention ${number(m)} expected ${showSpan(m as SpanLike)} got ${showSpan(n as SpanLike)}`, m.start);
    for (const m of a.missing) out.add(`${field}.mentions`, `${label}: mention ${number(m)} ${spanText(m as TextSpan)} missing${elsewhere(m as SpanLike, actualDoc, x, out)}`, m.start);
    for (const n of a.extra) out.add(`${field}.mentions`, `${label}: unexpected mention ${spanText(n as TextSpan)}`, n.start);
    for (const [m, n] of a.same) textChanged(`${field}.mentions`, `${label}: mention ${number(m)} ${showSpan(m as SpanLike)}`, m as TextSpan, n as TextSpan, out);
    for (const [m, n] of [...a.same, ...a.moved]) {
      if ((m.form ?? null) !== (n.form ?? null)) out.add(`${field}.mentions.form`, `${label}: mention ${number(m)} ${spanText(m as TextSpan)} form expected ${show(m.form)}, got ${show(n.form)}`, m.start);
    }
  }
}

/** Where a missing mention went, if another entity has it now. */
function elsewhere(span: SpanLike, actualDoc: Obj, owner: Obj, out: Collector): string {
  for (const field of ['people', 'places', 'organizations']) {
    for (const entity of actualDoc[field] ?? []) {
      if (entity !== owner && (entity.mentions ?? []).some((m: SpanLike) => sameSpan(m, span, out.options))) return ` (now in ${field} ${quoted(entity.name)})`;
    }
  }
  return '';
}

/** A quote's span: the words inside the marks, or the reported content of an indirect quote. */
const quoteSpan = (q: Obj): TextSpan | undefined => (q.start != null && q.end != null ? (q as TextSpan) : (q.content ?? undefined));

function compareQuotes(expected: Obj[], actual: Obj[], expectedDoc: Obj, actualDoc: Obj, out: Collector): void {
  const a = alignBySpan(expected, actual, { e: quoteSpan, a: quoteSpan }, out.options);
  const label = (q: Obj) => `quote ${expected.indexOf(q) + 1}`;
  const by = (q: Obj) => (q.speaker?.name ? ` by ${q.speaker.name}` : '');
  for (const q of a.missing) out.add('quotes', `${label(q)} ${spanText(quoteSpan(q) ?? { start: -1, end: -1 })}${by(q)} missing`, quoteSpan(q)?.start);
  for (const q of a.extra) out.add('quotes', `quotes: unexpected ${q.kind ?? ''} quote ${spanText(quoteSpan(q) ?? { start: -1, end: -1 })}${by(q)}`.replace('  ', ' '), quoteSpan(q)?.start);
  const pairs = [...a.same, ...a.moved].sort((p, q) => expected.indexOf(p[0]) - expected.indexOf(q[0]));
  for (const [e, x] of pairs) {
    const l = label(e);
    const es = quoteSpan(e)!;
    const xs = quoteSpan(x)!;
    const at = es.start;
    if (!sameSpan(es, xs, out.options)) out.add('quotes.span', `${l}: span expected ${showSpan(es)} got ${showSpan(xs)}`, at);
    else textChanged('quotes.span', `${l} ${showSpan(es)}`, es, xs, out);
    out.scalar('quotes.kind', `${l}: kind`, e.kind, x.kind, at);
    compareSpeaker(l, e.speaker, x.speaker, expectedDoc, actualDoc, out, at);
    compareCue(l, e.cue, x.cue, out, at);
    out.scalar('quotes.rule', `${l}: rule`, e.rule, x.rule, at);
    if (out.options.scores) out.scalar('quotes.confidence', `${l}: confidence`, e.confidence, x.confidence, at);
  }
}

function entityName(doc: Obj, id: string | null | undefined): string | undefined {
  if (!id) return undefined;
  for (const field of ['people', 'places', 'organizations']) for (const e of doc[field] ?? []) if (e.id === id) return e.name;
  return undefined;
}

function compareSpeaker(label: string, e: Obj | null | undefined, x: Obj | null | undefined, expectedDoc: Obj, actualDoc: Obj, out: Collector, at: number): void {
  if (!e && !x) return;
  if (!e || !x || normName(e.name) !== normName(x.name)) {
    out.add('quotes.speaker', `${label}: speaker expected ${show(e?.name)}, got ${show(x?.name)}`, at);
    return;
  }
  const es = e.start != null ? (e as SpanLike) : undefined;
  const xs = x.start != null ? (x as SpanLike) : undefined;
  if ((es || xs) && (!es || !xs || !sameSpan(es, xs, out.options))) out.add('quotes.speaker', `${label}: speaker ${e.name} mention expected ${showSpan(es)} ${e.text ? quoted(e.text) : ''}, got ${showSpan(xs)} ${x.text ? quoted(x.text) : ''}`.replace(/ ,/, ','), at);
  // Entity ids are per-run labels; what they point to is what counts.
  const en = entityName(expectedDoc, e.entity);
  const xn = entityName(actualDoc, x.entity);
  if (!!e.entity !== !!x.entity || normName(en) !== normName(xn)) out.add('quotes.speaker', `${label}: speaker ${e.name} expected ${en ? `linked to ${quoted(en)}` : 'not linked to an entity'}, got ${xn ? `linked to ${quoted(xn)}` : 'not linked'}`, at);
}

function compareCue(label: string, e: Obj | null | undefined, x: Obj | null | undefined, out: Collector, at: number): void {
  if (!e && !x) return;
  if (!e || !x || !sameSpan(e as SpanLike, x as SpanLike, out.options)) {
    out.add('quotes.cue', `${label}: cue expected ${e ? spanText(e as TextSpan) : 'none'}, got ${x ? spanText(x as TextSpan) : 'none'}`, at);
    return;
  }
  out.scalar('quotes.cue', `${label}: cue lemma`, e.lemma, x.lemma, at);
}

function compareQuotations(expected: Obj[], actual: Obj[], out: Collector): void {
  const a = compareSpanList('quotations', 'quotations', expected as TextSpan[], actual as TextSpan[], out);
  for (const [e, x] of [...a.same, ...a.moved]) out.scalar('quotations.function', `quotation ${spanText(e)}: function`, (e as Obj).function, (x as Obj).function, e.start);
}

function compareSpeakers(expected: Obj[], actual: Obj[], out: Collector): void {
  const byName = new Map(actual.map((s) => [normName(s.name), s]));
  const seen = new Set<string>();
  for (const e of expected) {
    const key = normName(e.name);
    seen.add(key);
    const x = byName.get(key);
    if (!x) {
      out.add('speakers', `speakers: missing ${e.name}`);
      continue;
    }
    for (const attribute of ['quotes', 'words', 'title', 'affiliation']) out.scalar(`speakers.${attribute}`, `speaker ${quoted(e.name)}: ${attribute}`, e[attribute], x[attribute]);
  }
  for (const x of actual) if (!seen.has(normName(x.name))) out.add('speakers', `speakers: unexpected ${quoted(x.name)}`);
}

function compareIssues(expected: Obj[], actual: Obj[], out: Collector): void {
  const byCode = new Map(actual.map((i) => [i.iptc, i]));
  const seen = new Set<string>();
  for (const e of expected) {
    seen.add(e.iptc);
    const x = byCode.get(e.iptc);
    const label = `issue ${quoted(e.label)} (${e.iptc})`;
    if (!x) {
      out.add('issues', `issues: missing ${quoted(e.label)} (${e.iptc})`, firstAt(e.evidence));
      continue;
    }
    const at = firstAt(e.evidence);
    out.scalar('issues.label', `${label}: label`, e.label, x.label, at);
    out.scalar('issues.topic', `${label}: topic`, e.topic, x.topic, at);
    if (out.options.scores) out.scalar('issues.score', `${label}: score`, e.score, x.score, at);
    compareSpanList('issues.evidence', `${label}: evidence`, e.evidence ?? [], x.evidence ?? [], out);
  }
  for (const x of actual) if (!seen.has(x.iptc)) out.add('issues', `issues: unexpected ${quoted(x.label)} (${x.iptc})`, firstAt(x.evidence));
}

function compareKeyphrases(expected: Obj[], actual: Obj[], out: Collector): void {
  const text = (k: Obj | string) => (typeof k === 'string' ? k : k.text);
  const actualRank = new Map(actual.map((k, i) => [normName(text(k)), i]));
  const expectedKeys = new Set(expected.map((k) => normName(text(k))));
  expected.forEach((k, i) => {
    const j = actualRank.get(normName(text(k)));
    if (j === undefined) out.add('keyphrases', `keyphrases: missing ${quoted(text(k))}`);
    else if (out.options.scores) {
      if (i !== j) out.add('keyphrases.score', `keyphrase ${quoted(text(k))}: rank expected ${i + 1}, got ${j + 1}`);
      out.scalar('keyphrases.score', `keyphrase ${quoted(text(k))}: score`, (k as Obj).score, (actual[j] as Obj).score);
    }
  });
  for (const k of actual) if (!expectedKeys.has(normName(text(k)))) out.add('keyphrases', `keyphrases: unexpected ${quoted(text(k))}`);
}

function compareDates(expected: Obj[], actual: Obj[], out: Collector): void {
  const a = compareSpanList('dates', 'dates', expected as TextSpan[], actual as TextSpan[], out);
  for (const [e, x] of [...a.same, ...a.moved]) {
    out.scalar('dates.value', `date ${spanText(e)}: value`, (e as Obj).value, (x as Obj).value, e.start);
    out.scalar('dates.anchor', `date ${spanText(e)}: anchor`, (e as Obj).anchor, (x as Obj).anchor, e.start);
  }
}

/** Quantities by span; kind, value, unit and currency compared. */
function compareQuantities(expected: Obj[], actual: Obj[], out: Collector): void {
  const a = compareSpanList('quantities', 'quantities', expected as TextSpan[], actual as TextSpan[], out);
  for (const [e, x] of [...a.same, ...a.moved]) {
    for (const key of ['kind', 'value', 'unit', 'currency']) out.scalar(`quantities.${key}`, `quantity ${spanText(e)}: ${key}`, (e as Obj)[key], (x as Obj)[key], e.start);
  }
}

/** The article's meta (HTML title, byline, published date, address, site name), field by field. */
function compareMeta(expected: Obj, actual: Obj, out: Collector): void {
  for (const key of ['title', 'byline', 'published', 'url', 'source']) out.scalar(`meta.${key}`, `meta ${key}`, expected[key], actual[key]);
}

/** The first offset among spans, to place an entity or issue in the text. */
const firstAt = (spans: SpanLike[] | undefined): number | undefined => (spans?.length ? Math.min(...spans.map((m) => m.start)) : undefined);

/**
 * Diagnostics are matched by their code (by stage and severity for an expected file written before
 * diagnostics had codes), then by place: the same code at another place is one difference, "moved".
 * Their wording may change freely.
 */
function compareDiagnostics(expected: Obj[], actual: Obj[], out: Collector): void {
  const sameKind = (e: Obj, x: Obj) => (e.code != null && x.code != null ? e.code === x.code : e.stage === x.stage && e.severity === x.severity);
  const samePlace = (e: Obj, x: Obj) => (e.start ?? null) === (x.start ?? null) && (e.end ?? null) === (x.end ?? null);
  const name = (d: Obj) => `${d.severity} ${d.code != null ? `${d.code} ` : ''}from ${d.stage}`;
  const place = (d: Obj) => (d.start != null ? showSpan(d as SpanLike) : 'no place');
  const left = [...actual];
  const take = (match: (x: Obj) => boolean): Obj | undefined => {
    const i = left.findIndex(match);
    return i < 0 ? undefined : left.splice(i, 1)[0];
  };
  const pairs: [Obj, Obj][] = [];
  const elsewhere = expected.filter((e) => {
    const x = take((x) => sameKind(e, x) && samePlace(e, x));
    if (x) pairs.push([e, x]);
    return !x;
  });
  for (const e of elsewhere) {
    const x = take((x) => sameKind(e, x));
    if (!x) {
      out.add('diagnostics', `diagnostics: missing ${name(e)}${e.start != null ? ` at ${place(e)}` : ''} (${quoted(e.message)})`, e.start ?? undefined);
      continue;
    }
    pairs.push([e, x]);
    out.add('diagnostics', `diagnostics: ${name(e)} moved from ${place(e)} to ${place(x)} (${quoted(x.message)})`, x.start ?? e.start ?? undefined);
  }
  // One code, another severity (matched by code alone): said, as any changed value is.
  for (const [e, x] of pairs) out.scalar('diagnostics', `diagnostic ${e.code ?? e.stage}${e.start != null ? ` at ${place(e)}` : ''}: severity`, e.severity, x.severity, x.start ?? undefined);
  for (const x of left) out.add('diagnostics', `diagnostics: unexpected ${name(x)}${x.start != null ? ` at ${place(x)}` : ''} (${quoted(x.message)})`, x.start ?? undefined);
}
