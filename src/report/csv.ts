import { GENDERS, type Report } from './aggregate.js';

/** One table of the report as CSV (RFC 4180: comma-separated, quoted when needed, CRLF line ends). */

export const CSV_TABLES = ['speakers', 'people', 'places', 'organizations', 'issues', 'topics', 'timeline', 'groups'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const field = (v: unknown): string => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: unknown[][]) => rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';

export function writeReportCsv(r: Report, table: CsvTable): string {
  switch (table) {
    case 'speakers':
      return csv([['name', 'kind', 'quotes', 'words', 'articles', 'gender', 'title', 'affiliation', 'count_error'], ...r.speakers.map((s) => [s.name, s.kind, s.quotes, s.words, s.articles, s.gender, s.title, s.affiliation, s.error ?? 0])]);
    case 'people':
      return csv([['name', 'mentions', 'articles', 'gender', 'title', 'affiliation', 'count_error'], ...r.people.map((p) => [p.name, p.mentions, p.articles, p.gender ?? 'unknown', p.title, p.affiliation, p.error ?? 0])]);
    case 'places':
      return csv([['name', 'mentions', 'articles', 'kind', 'country', 'count_error'], ...r.places.map((p) => [p.name, p.mentions, p.articles, p.kind, p.country, p.error ?? 0])]);
    case 'organizations':
      return csv([['name', 'mentions', 'articles', 'kind', 'count_error'], ...r.organizations.map((p) => [p.name, p.mentions, p.articles, p.kind, p.error ?? 0])]);
    case 'issues':
      return csv([['issue', 'iptc', 'topic', 'articles', 'count_error'], ...r.issues.map((i) => [i.label, i.iptc, i.topic, i.articles, i.error ?? 0])]);
    case 'topics':
      return csv([['iptc', 'topic', 'articles', 'issues'], ...r.topics.map((t) => [t.iptc, t.label, t.articles, t.issues])]);
    case 'timeline': {
      // One column per top-level topic that occurs, in the report's order.
      const topics = r.topics.filter((t) => r.timeline.periods.some((p) => p.topics[t.iptc]));
      const header = ['period', 'articles', 'quotes', ...GENDERS.map((g) => `quotes_${g}`), ...GENDERS.map((g) => `people_quoted_${g}`), 'quotes_person', 'quotes_organization', 'quotes_document', 'quotes_unnamed', 'top_speaker', ...topics.map((t) => `topic:${t.label}`)];
      return csv([
        header,
        ...r.timeline.periods.map((p) => [
          p.period,
          p.articles,
          p.quotes,
          ...GENDERS.map((g) => p.quotesByGender[g] ?? 0),
          ...GENDERS.map((g) => p.quotedPeopleByGender[g] ?? 0),
          p.quotesByKind.person ?? 0,
          p.quotesByKind.organization ?? 0,
          p.quotesByKind.document ?? 0,
          p.quotesByKind.unnamed ?? 0,
          p.topSpeakers[0]?.name,
          ...topics.map((t) => p.topics[t.iptc] ?? 0),
        ]),
      ]);
    }
    case 'groups':
      return csv([
        ['group', 'articles', 'words', 'quotes', ...GENDERS.map((g) => `quotes_${g}`), ...GENDERS.map((g) => `people_quoted_${g}`), 'top_speaker', 'top_issue'],
        ...(r.groups?.values ?? []).map((g) => [g.value, g.articles, g.words, g.quotes, ...GENDERS.map((x) => g.quotesByGender[x] ?? 0), ...GENDERS.map((x) => g.quotedPeopleByGender[x] ?? 0), g.topSpeaker, g.topIssue]),
      ]);
  }
}
