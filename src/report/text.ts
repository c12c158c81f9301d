import { GENDERS, type NameRow, type Report } from './aggregate.js';

/** The terminal summary: the totals, then the top rows of each table. Plain text, no colours. */

const n = (x: number) => x.toLocaleString('en-US');
export const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(whole >= 1000 ? 1 : 0)}%` : '–');
const plural = (x: number, one: string, many = one + 's') => `${n(x)} ${x === 1 ? one : many}`;

/** Shares of a gender tally, "unknown" always shown, other values the annotation may give after it. */
export function genderLine(t: Record<string, number>): string {
  const keys = [...GENDERS.filter((g) => g !== 'unknown'), ...Object.keys(t).filter((k) => !(GENDERS as readonly string[]).includes(k)).sort(), 'unknown'];
  const total = keys.reduce((s, k) => s + (t[k] ?? 0), 0);
  return keys.map((k) => `${k} ${n(t[k] ?? 0)} (${percent(t[k] ?? 0, total)})`).join(' · ');
}

function table(headers: string[], rows: string[][], right: boolean[]): string[] {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const cell = (s: string, i: number) => (right[i] ? s.padStart(widths[i]!) : s.padEnd(widths[i]!));
  return [headers.map(cell).join('  ').trimEnd(), ...rows.map((r) => r.map(cell).join('  ').trimEnd())].map((l) => '  ' + l);
}

const approx = (count: number, error?: number) => (error ? `≤${n(count)}` : n(count));
const role = (r: { title?: string; affiliation?: string }) => [r.title, r.affiliation].filter(Boolean).join(', ');
const cut = (s: string, w = 60) => (s.length > w ? s.slice(0, w - 1) + '…' : s);

export function writeReportText(r: Report, top = 15): string {
  const out: string[] = [];
  const words =
    r.articlesWithWords === r.articles
      ? ` (${plural(r.words, 'word')})`
      : r.articlesWithWords
        ? ` (${plural(r.words, 'word')} in the ${n(r.articlesWithWords)} with text)`
        : ` (${plural(r.characters, 'character')} of text; words are counted in outputs written with --include-text)`;
  out.push(`newsmark report: ${plural(r.articles, 'article')}${words}`);
  out.push(`Quotes: ${n(r.quotes.direct)} direct (${n(r.quotes.attributed)} with a speaker), ${n(r.quotes.indirect)} reported speech`);
  if (!r.exact) out.push('  (the archive names more than the tables keep: counts marked ≤ are upper bounds; see docs/REPORT.md)');
  const k = r.speakerKinds;
  const kindQuotes = k.person.quotes + k.organization.quotes + k.document.quotes + k.unnamed.quotes;
  out.push('', 'Who is quoted (direct quotes with a speaker)');
  out.push(`  people ${n(k.person.quotes)} (${percent(k.person.quotes, kindQuotes)}) · organizations ${n(k.organization.quotes)} (${percent(k.organization.quotes, kindQuotes)}) · documents ${n(k.document.quotes)} (${percent(k.document.quotes, kindQuotes)}) · unnamed sources ${n(k.unnamed.quotes)} (${percent(k.unnamed.quotes, kindQuotes)})`);
  out.push('', 'Gender, where the annotation gives it');
  out.push(`  quotes by people:      ${genderLine(r.gender.quotes)}`);
  out.push(`  people quoted:         ${genderLine(r.gender.quotedPeople)}`);
  out.push(`  people mentioned:      ${genderLine(r.gender.mentionedPeople)}`);
  out.push('  (people are counted once per article they are quoted or named in)');

  const speakerTable = (title: string, kind: string) => {
    const rows = r.speakers.filter((s) => s.kind === kind).slice(0, top);
    out.push('', title);
    if (!rows.length) return void out.push('  none');
    const withRole = rows.some((s) => role(s));
    const head = ['name', 'quotes', 'words', 'articles', ...(kind === 'person' ? ['gender'] : []), ...(withRole ? ['title, affiliation'] : [])];
    const cells = rows.map((s) => [cut(s.name, 40), approx(s.quotes, s.error), n(s.words), n(s.articles), ...(kind === 'person' ? [s.gender ?? 'unknown'] : []), ...(withRole ? [cut(role(s))] : [])]);
    out.push(...table(head, cells, head.map((_, i) => i >= 1 && i <= 3)));
  };
  speakerTable('Most quoted people', 'person');
  speakerTable('Most quoted organizations', 'organization');
  if (r.speakers.some((s) => s.kind === 'document')) speakerTable('Documents quoted', 'document');
  speakerTable('Unnamed sources', 'unnamed');

  const names = (title: string, rows: NameRow[], extra: (x: NameRow) => string, extraTitle: string) => {
    out.push('', title);
    if (!rows.length) return void out.push('  none');
    out.push(...table(['name', 'mentions', 'articles', extraTitle], rows.slice(0, top).map((x) => [cut(x.name, 40), approx(x.mentions, x.error), n(x.articles), cut(extra(x))]), [false, true, true, false]));
  };
  names('Most mentioned people', r.people, (x) => role(x), 'title, affiliation');
  names('Most mentioned organizations', r.organizations, (x) => x.kind ?? '', 'kind');
  names('Most mentioned places', r.places, (x) => [x.kind, x.country].filter(Boolean).join(', '), 'kind, country');

  out.push('', 'Issues (articles)');
  if (!r.issues.length) out.push('  none');
  else out.push(...table(['issue', 'articles', 'IPTC topic'], r.issues.slice(0, top).map((i) => [cut(i.label, 40), approx(i.articles, i.error), `${i.topic} (${i.iptc})`]), [false, true, false]));
  out.push('', 'IPTC top-level topics (articles)');
  if (!r.topics.length) out.push('  none');
  else out.push(...table(['topic', 'articles', 'issues'], r.topics.map((t) => [`${t.label}${t.iptc ? ` (${t.iptc})` : ''}`, n(t.articles), n(t.issues)]), [false, true, true]));

  const tl = r.timeline;
  out.push('', `Over time (${tl.interval})`);
  if (!tl.periods.length) out.push(`  no article carries a date (looked in ${tl.dateFields.length ? tl.dateFields.join(', ') : 'meta.published, meta.date, published, date'}; use --date-field PATH)`);
  else {
    const topRoot = (t: Record<string, number>) => {
      const best = Object.entries(t).sort((a, b) => b[1] - a[1])[0];
      return best ? (r.topics.find((x) => x.iptc === best[0])?.label ?? best[0]) : '';
    };
    out.push(
      ...table(
        ['period', 'articles', 'quotes', 'female', 'male', 'unknown', 'top speaker', 'top topic'],
        tl.periods.map((p) => [p.period, n(p.articles), n(p.quotes), n(p.quotesByGender.female ?? 0), n(p.quotesByGender.male ?? 0), n(p.quotesByGender.unknown ?? 0), cut(p.topSpeakers[0]?.name ?? '', 30), cut(topRoot(p.topics), 30)]),
        [false, true, true, true, true, true, false, false],
      ),
    );
    out.push(`  (female/male/unknown: quotes by people; dates from ${tl.dateFields.join(', ')}${tl.undated ? `; ${plural(tl.undated, 'article')} without a date` : ''})`);
  }
  if (r.groups) {
    out.push('', `By ${r.groups.field}`);
    out.push(
      ...table(
        [r.groups.field, 'articles', 'quotes', 'female quotes', 'top speaker', 'top issue'],
        r.groups.values.map((g) => {
          const known = (g.quotesByGender.female ?? 0) + (g.quotesByGender.male ?? 0) + (g.quotesByGender.unknown ?? 0);
          return [cut(g.value, 30), n(g.articles), n(g.quotes), percent(g.quotesByGender.female ?? 0, known), cut(g.topSpeaker ?? '', 30), cut(g.topIssue ?? '', 30)];
        }),
        [false, true, true, true, false, false],
      ),
    );
  }
  if (r.bad.count) out.push('', `${plural(r.bad.count, 'input line')} skipped: not newsmark output (named on stderr)`);
  return out.join('\n') + '\n';
}
