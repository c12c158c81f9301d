import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/aggregate.js';
import { root, runners } from '../support/cli.js';

// The fixture archive (tests/report/fixtures): six hand-made newsmark outputs in three formats —
// a.jsonl (3), out/b.json (an array of 2), out/c.yaml (1) — whose totals are worked out by hand below.
const archive = 'tests/report/fixtures/archive';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-report-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(runners)('newsmark report (%s)', (name, run) => {
  it('adds up a folder of JSONL, JSON and YAML outputs (JSON report)', async () => {
    const r = await run(['report', archive, '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles).toBe(6);
    expect(report.words).toBe(12); // only c.yaml carries its text
    expect(report.articlesWithWords).toBe(1);
    expect(report.quotes).toEqual({ direct: 14, indirect: 1, attributed: 13, unattributed: 1 });
    expect(report.exact).toBe(true);
    expect(report.speakers.map((s) => [s.name, s.kind, s.quotes, s.words, s.articles, s.gender ?? null])).toEqual([
      ['Ann Lee', 'person', 3, 13, 2, 'female'],
      ['Bob Stone', 'person', 3, 12, 2, 'male'],
      ['Carl Berg', 'person', 3, 12, 1, 'unknown'],
      ['the report', 'document', 1, 6, 1, null],
      ['City Council', 'organization', 1, 5, 1, null],
      ['a police spokesperson', 'unnamed', 1, 3, 1, null],
      ['Dana Fox', 'person', 1, 2, 1, 'female'],
    ]);
    expect(report.speakerKinds).toEqual({ person: { speakers: 6, quotes: 10, words: 39 }, organization: { speakers: 1, quotes: 1, words: 5 }, document: { speakers: 1, quotes: 1, words: 6 }, unnamed: { speakers: 1, quotes: 1, words: 3 } });
    expect(report.gender).toEqual({ quotes: { female: 4, male: 3, unknown: 3 }, quotedPeople: { female: 3, male: 2, unknown: 1 }, mentionedPeople: { female: 4, male: 2, unknown: 1 } });
    expect(report.people.map((p) => [p.name, p.mentions, p.articles])).toEqual([['Bob Stone', 7, 2], ['Ann Lee', 6, 3], ['Carl Berg', 2, 1], ['Dana Fox', 1, 1]]);
    expect(report.people[1]).toMatchObject({ title: 'mayor', affiliation: 'Northtown', gender: 'female' });
    expect(report.organizations).toEqual([{ name: 'City Council', mentions: 3, articles: 2, kind: 'government' }]);
    expect(report.places).toEqual([{ name: 'Oslo', mentions: 1, articles: 1, kind: 'city', country: 'NO' }]);
    expect(report.issues.map((i) => [i.label, i.articles, i.iptc])).toEqual([['Economy', 2, 'medtop:20000344'], ['Local government', 2, 'medtop:20000593'], ['Courts', 1, 'medtop:20000121']]);
    expect(report.topics).toEqual([
      { iptc: 'medtop:04000000', label: 'economy, business and finance', articles: 2, issues: 2 },
      { iptc: 'medtop:11000000', label: 'politics', articles: 2, issues: 2 },
      { iptc: 'medtop:02000000', label: 'crime, law and justice', articles: 1, issues: 1 },
    ]);
    expect(report.timeline.undated).toBe(1);
    expect(report.timeline.dateFields).toEqual(['meta.published']);
    expect(report.timeline.periods.map((p) => [p.period, p.articles, p.quotes, p.quotesByGender])).toEqual([
      ['2023-05', 2, 7, { female: 2, male: 1, unknown: 3 }],
      ['2023-06', 3, 5, { female: 1, male: 2, unknown: 0 }],
    ]);
  });

  it('prints a plain-text summary by default, "unknown" gender shown', async () => {
    const r = await run(['report', archive]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^newsmark report: 6 articles \(12 words in the 1 with text\)\n/);
    expect(r.stdout).toContain('quotes by people:      female 4 (40%) · male 3 (30%) · unknown 3 (30%)');
    expect(r.stdout).toMatch(/Most quoted people\n.*\n  Ann Lee +3 +13 +2 +female +mayor, Northtown\n/);
    expect(r.stdout).toMatch(/Documents quoted\n.*\n  the report +1 +6 +1\n/);
    expect(r.stdout).toMatch(/2023-06 +3 +5 +1 +2 +0 +Bob Stone/);
  });

  it('writes one table as CSV, speakers by default', async () => {
    const speakers = await run(['report', archive, '--format', 'csv']);
    expect(speakers.code).toBe(0);
    expect(speakers.stdout.split('\r\n').slice(0, 2)).toEqual(['name,kind,quotes,words,articles,gender,title,affiliation,count_error', 'Ann Lee,person,3,13,2,female,mayor,Northtown,0']);
    const topics = await run(['report', archive, '--format', 'csv', '--table', 'topics']);
    expect(topics.stdout).toContain('medtop:04000000,"economy, business and finance",2,2\r\n');
    const timeline = await run(['report', archive, '-f', 'csv', '--table', 'timeline', '--interval', 'year']);
    expect(timeline.stdout.split('\r\n')[1]).toMatch(/^2023,5,12,3,3,3,/);
  });

  it('groups by a field with --by (a plain name is looked for under meta too)', async () => {
    const r = await run(['report', archive, '-f', 'json', '--by', 'source']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.groups!.values.map((g) => [g.value, g.articles, g.quotes])).toEqual([['Daily', 3, 9], ['Herald', 2, 5], ['(none)', 1, 0]]);
    const csv = await run(['report', archive, '-f', 'csv', '--table', 'groups', '--by', 'source']);
    expect(csv.stdout.split('\r\n')[1]).toBe('Daily,3,12,9,3,1,3,2,1,1,Ann Lee,Local government');
  });

  it('reads the date from --date-field', async () => {
    const r = await run(['report', `${archive}/a.jsonl`, '-f', 'json', '--date-field', 'id']);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.timeline.periods).toEqual([]);
    expect(report.timeline.undated).toBe(3);
  });

  it('writes a self-contained HTML page with --output report.html', async () => {
    const file = path.join(tmp, `${name}.html`);
    const r = await run(['report', archive, '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = fs.readFileSync(file, 'utf8');
    expect(html).not.toMatch(/\b(src|href)="(?!#)/);
    const d = parseHTML(html).document;
    expect(d.querySelector('[data-stat=articles] b')!.textContent).toBe('6');
    expect([...d.querySelectorAll('svg[data-chart=speakers] g.bar')].map((g) => [g.getAttribute('data-label'), g.getAttribute('data-value')])).toEqual([['Ann Lee', '3'], ['Bob Stone', '3'], ['Carl Berg', '3'], ['Dana Fox', '1']]);
    expect([...d.querySelectorAll('svg[data-chart=gender-quotes] g.share')].map((g) => [g.getAttribute('data-key'), g.getAttribute('data-value')])).toEqual([['female', '4'], ['male', '3'], ['unknown', '3']]);
    expect(d.querySelectorAll('table[data-table=speakers] tbody tr').length).toBe(7);
    expect(d.querySelectorAll('table[data-table=timeline] tbody tr').length).toBe(2);
  });

  it('names each input that is not newsmark output (file:line), reports the rest, exits 1', async () => {
    const r = await run(['report', 'tests/report/fixtures/bad.jsonl', '-f', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "newsmark: report: tests/report/fixtures/bad.jsonl:2: not newsmark output (no 'schema: newsmark/…' field)\n" +
        'newsmark: report: tests/report/fixtures/bad.jsonl:3: not JSON (Unterminated string in JSON at position 33)\n',
    );
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles).toBe(2);
    expect(report.bad).toEqual({ count: 2, examples: [{ where: 'tests/report/fixtures/bad.jsonl:2', reason: "not newsmark output (no 'schema: newsmark/…' field)" }, { where: 'tests/report/fixtures/bad.jsonl:3', reason: 'not JSON (Unterminated string in JSON at position 33)' }] });
  });

  it('names a missing input and goes on', async () => {
    const r = await run(['report', 'tests/report/fixtures/nope.jsonl', `${archive}/a.jsonl`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('newsmark: report: tests/report/fixtures/nope.jsonl: no such file or folder\n');
    expect(r.stdout).toMatch(/^newsmark report: 3 articles/);
  });

  it('says so and exits 2 on empty input', async () => {
    const r = await run(['report'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('newsmark: report: empty input (stdin): no articles to report on\n');
    expect(r.stdout).toBe('');
  });

  it('exits 2 when no line is newsmark output', async () => {
    const r = await run(['report', '-'], '{"id": "a", "text": "an article"}\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("newsmark: report: stdin:1: not newsmark output (no 'schema: newsmark/…' field)\nnewsmark: report: no newsmark output in -: nothing to report\n");
  });

  it('reads newsmark output on stdin: JSONL, a JSON array, YAML', async () => {
    const lines = fs.readFileSync(path.join(root, archive, 'a.jsonl'), 'utf8');
    for (const input of [lines, JSON.stringify(lines.trim().split('\n').map((l) => JSON.parse(l)), null, 2), fs.readFileSync(path.join(root, archive, 'out/c.yaml'), 'utf8')]) {
      const r = await run(['report', '-f', 'json'], input);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as Report).articles).toBe(input.startsWith('id:') ? 1 : 3);
    }
  });

  it('refuses --table without --format csv', async () => {
    const r = await run(['report', archive, '--table', 'people']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('newsmark: --table is for --format csv (the text report has every table)\n');
  });
});

describe('newsmark report progress', () => {
  const runWith = async (tty: boolean, extra: string[] = []) => {
    const { PassThrough, Readable } = await import('node:stream');
    const { main } = await import('../../src/cli/main.js');
    const stdout = new PassThrough();
    const stderr = Object.assign(new PassThrough(), { isTTY: tty });
    const chunks: string[] = [];
    stderr.on('data', (c: Buffer) => chunks.push(c.toString()));
    stdout.resume();
    const code = await main(['report', archive, ...extra], { stdout, stderr, stdin: Readable.from([]), env: {}, cwd: root });
    return { code, stderr: chunks.join('') };
  };
  it('draws a bar on stderr in a terminal, never otherwise, and not with -q', async () => {
    const tty = await runWith(true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('newsmark report');
    expect((await runWith(false)).stderr).toBe('');
    expect((await runWith(true, ['-q'])).stderr).toBe('');
  });
});
