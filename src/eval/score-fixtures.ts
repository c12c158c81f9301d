/**
 * The `seed` measure of ../shared/tools/score.mjs, for hand-made gold files (`fixtures/*.gold.json`),
 * as numbers a test can hold to thresholds and `npm run eval` can total. tests/seed.test.ts checks it
 * agrees with score.mjs.
 */
import type { ArticleOutput } from '../model/output.js';

type GoldMention = [number, number, string];
interface GoldEntity {
  name: string;
  mentions: GoldMention[];
}
export interface Gold {
  structure: { section?: string; headline?: string; subheadings: string[]; captions: string[]; boilerplate: string[] };
  people: GoldEntity[];
  places: GoldEntity[];
  organizations: GoldEntity[];
  optional_people?: GoldEntity[];
  optional_places?: GoldEntity[];
  optional_organizations?: GoldEntity[];
  quotes: { start: number; end: number; text: string; speaker: string; kind: string }[];
  issues: { issue: string; iptc: string; evidence: string[] }[];
}

interface Span {
  start: number;
  end: number;
}
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const jaccard = (a: Span, b: Span) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start) || 1);
const words = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
const norm = (s: string | undefined) => words(s).join(' ');

export interface EntityScore {
  found: number;
  total: number;
  wrong: string[];
  missed: string[];
}
export interface SeedScore {
  people: EntityScore;
  places: EntityScore;
  organizations: EntityScore;
  personMentions: { ok: number; total: number };
  quotes: { found: number; total: number; speakersRight: number; kindsRight: number; wrongSpeakers: string[] };
  issues: { found: number; total: number };
}

export function scoreSeed(gold: Gold, pred: ArticleOutput): SeedScore {
  const spans = (e: { mentions: (GoldMention | Span)[] }): Span[] => e.mentions.map((m) => (Array.isArray(m) ? { start: m[0], end: m[1] } : m));
  const hits = (pe: { mentions: Span[] }, ge: GoldEntity) => spans(pe).some((m) => spans(ge).some((x) => overlap(m, x) > 0));
  const entityScore = (field: 'people' | 'places' | 'organizations'): EntityScore => {
    const golds = gold[field];
    const optional = gold[`optional_${field}`] ?? [];
    const preds = pred[field];
    const found = golds.filter((ge) => preds.some((pe) => hits(pe, ge)));
    return {
      found: found.length,
      total: golds.length,
      wrong: preds.filter((pe) => ![...golds, ...optional].some((ge) => hits(pe, ge))).map((e) => e.name),
      missed: golds.filter((ge) => !found.includes(ge)).map((e) => e.name),
    };
  };
  let ok = 0;
  let total = 0;
  for (const ge of gold.people) {
    const owner = pred.people.filter((pe) => hits(pe, ge)).sort((a, b) => b.mentions.length - a.mentions.length)[0];
    for (const gm of spans(ge)) {
      total++;
      // The owner's pronouns count too: the gold lists every mention (name, description, pronoun) in one list.
      if (owner && [...spans(owner), ...(owner.pronouns ?? [])].some((m) => overlap(m, gm) > 0)) ok++;
    }
  }
  // Quotes: one-to-one greedy matching by Jaccard >= 0.5, as score.mjs does.
  const direct = pred.quotes.filter((q) => q.start !== undefined) as (ArticleOutput['quotes'][number] & Span)[];
  const candidates: [number, number, number][] = [];
  gold.quotes.forEach((g, i) => direct.forEach((p, j) => {
    const s = jaccard(g, p);
    if (s >= 0.5) candidates.push([s, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const named = new Set(gold.people.map((e) => e.name));
  let speakersRight = 0;
  let kindsRight = 0;
  const wrongSpeakers: string[] = [];
  for (const [, i, j] of candidates) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    const gq = gold.quotes[i]!;
    const q = direct[j]!;
    const who = norm(q.speaker?.name ?? q.speaker?.text ?? '');
    const right = named.has(gq.speaker)
      ? who === norm(gq.speaker)
      : words(gq.speaker).filter((w) => w.length > 3 && !['senior', 'official'].includes(w)).every((w) => who.includes(w));
    if (right) speakersRight++;
    else wrongSpeakers.push(`"${gq.text.slice(0, 30)}…" ${gq.speaker} ≠ ${q.speaker?.name ?? 'none'}`);
    if (q.kind === gq.kind) kindsRight++;
  }
  const codes = pred.issues.map((i) => i.iptc);
  const issuesFound = gold.issues.filter(
    (gi) => codes.includes(gi.iptc) || pred.issues.some((pi) => pi.evidence.some((e) => gi.evidence.some((x) => norm(e.text).includes(norm(x)) || norm(x).includes(norm(e.text) || '\u0000')))),
  ).length;
  return {
    people: entityScore('people'),
    places: entityScore('places'),
    organizations: entityScore('organizations'),
    personMentions: { ok, total },
    quotes: { found: usedG.size, total: gold.quotes.length, speakersRight, kindsRight, wrongSpeakers },
    issues: { found: issuesFound, total: gold.issues.length },
  };
}

/** The summary line score.mjs prints last, for comparing the two. */
export function seedSummary(s: SeedScore): string {
  const e = (label: string, x: EntityScore) => `${label} ${x.found}/${x.total} fp ${x.wrong.length}`;
  return [
    e('people', s.people),
    `personMentions ${s.personMentions.ok}/${s.personMentions.total}`,
    e('places', s.places),
    e('orgs', s.organizations),
    `quotes ${s.quotes.found}/${s.quotes.total} speakers ${s.quotes.speakersRight}/${s.quotes.total}`,
    `issues ${s.issues.found}/${s.issues.total}`,
  ].join(', ');
}
