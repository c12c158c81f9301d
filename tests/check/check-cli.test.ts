/**
 * `newsmark check` end to end, in a temporary folder (fixtures/ is the lead's), through main() and the real bin:
 * missing expected files, --update, a changed expectation named in words with exit 1, JUnit and JSON reports,
 * tolerances from options and from newsmark.config.yaml.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { writeYaml } from '../../src/writers/yaml.js';
import { ensureBuilt, root, runners } from './support.js';

const ARTICLE = fs.readFileSync(path.join(root, 'fixtures/ohio-measles-outbreak.txt'), 'utf8');
const SHORT = 'Storm closes schools\n\nHeavy snow closed schools across Vermont on Monday, Governor Phil Scott said.\n\n"Stay home if you can," Scott told reporters in Montpelier.\n';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt(), 120_000);

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-check-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'ohio.txt'), ARTICLE);
  fs.writeFileSync(path.join(dir, 'storm.txt'), SHORT);
  return dir;
}

/** Edit an expected file as a person would (a person added, a mention moved, the id and a diagnostic's wording changed). */
function editExpected(file: string, change: (o: Record<string, any>) => void) {
  const o = YAML.parse(fs.readFileSync(file, 'utf8'));
  change(o);
  fs.writeFileSync(file, writeYaml(o));
}

/** A small XML check: declaration, balanced tags, only the five escapes; returns the element names in order. */
function parseXml(xml: string): { name: string; attrs: Record<string, string> }[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const elements: { name: string; attrs: Record<string, string> }[] = [];
  const tag = /<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = tag.exec(body))) {
    consumed = tag.lastIndex;
    const [, close, name, attrs, selfClose, textNode] = match;
    const content = textNode ?? attrs ?? '';
    for (const entity of content.match(/&[^;\s]*;?/g) ?? []) expect(['&amp;', '&lt;', '&gt;', '&quot;', '&apos;']).toContain(entity);
    if (textNode !== undefined) continue;
    if (close) expect(stack.pop()).toBe(name);
    else {
      elements.push({ name: name!, attrs: Object.fromEntries([...attrs!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])) });
      if (!selfClose) stack.push(name!);
    }
  }
  expect(consumed).toBe(body.length);
  expect(stack).toEqual([]);
  return elements;
}

describe.each(runners)('newsmark check (%s)', (runner, run) => {
  // The bin costs a second or more a run (loading the model): the tolerance, JSON and update steps run in-process only.
  const detailed = runner === 'in-process';
  it('exits 2 for an article named without an expected file, and --update creates it', async () => {
    const dir = folder();
    const missing = await run(['check', 'ohio.txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('ohio.txt: no expected file (ohio.expected.yaml); run with --update to create it');
    const update = await run(['check', '--update', 'ohio.txt', 'storm.txt'], dir);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('created ohio.expected.yaml');
    expect(YAML.parse(fs.readFileSync(path.join(dir, 'ohio.expected.yaml'), 'utf8'))).toMatchObject({ id: 'ohio', schema: 'newsmark/1' });
    const again = await run(['check', '.'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('✓ ohio.txt\n✓ storm.txt\n\n2 articles: 2 match\n');
  });

  it('exits 1 on a changed expectation and names each difference; id and diagnostic wording do not count', async () => {
    const dir = folder();
    await run(['check', '--update', 'ohio.txt', 'storm.txt'], dir);
    const expectedFile = path.join(dir, 'ohio.expected.yaml');
    let moved = '';
    editExpected(expectedFile, (o) => {
      o.id = 'another-id';
      for (const d of o.diagnostics) d.message = `reworded: ${d.message}`;
      o.people.push({ id: 'e99', name: 'Imaginary Person', mentions: [{ start: 0, end: 4, text: ARTICLE.slice(0, 4), form: 'name' }] });
      const person = o.people[0];
      const first = person.mentions[0];
      first.start += 1;
      moved = `people '${person.name}': mention 1 expected [${first.start},${first.end}) got [${first.start - 1},${first.end})`;
    });
    // No paths: fixtures/ is the default, and there is none here.
    if (detailed) expect((await run(['check'], dir)).code).toBe(2);
    // JUnit to a file, and the text report (plain: not a TTY) on stdout.
    const check = await run(['check', '.', '--reporter', 'junit', '--output', 'report.xml'], dir);
    expect(check.code, check.stderr).toBe(1);
    expect(check.stdout).toContain('✗ ohio.txt — 2 differences from ohio.expected.yaml\n');
    expect(check.stdout).not.toContain('\u001b['); // not a TTY: no color
    expect(check.stdout).toContain(`    ${moved}\n`);
    expect(check.stdout).toContain('    people: missing Imaginary Person\n');
    expect(check.stdout).toContain('✓ storm.txt');
    expect(check.stdout).toMatch(/2 articles: 1 match, 1 differ\n$/);

    // JUnit: one testcase per article, one failure per difference, properly escaped.
    const xml = fs.readFileSync(path.join(dir, 'report.xml'), 'utf8');
    const elements = parseXml(xml);
    expect(elements.filter((e) => e.name === 'testcase').map((e) => e.attrs.name)).toEqual(['ohio.txt', 'storm.txt']);
    const failures = elements.filter((e) => e.name === 'failure');
    expect(failures).toHaveLength(2);
    expect(failures.map((f) => f.attrs.message)).toContain(moved.replace(/'/g, '&apos;'));
    expect(elements.find((e) => e.name === 'testsuite')!.attrs).toMatchObject({ tests: '2', failures: '1', errors: '0' });

    if (!detailed) return;
    // Tolerances: the moved mention passes with --overlap, the person with --ignore.
    expect((await run(['check', '.', '--overlap'], dir)).stdout).not.toContain('mention 1 expected');
    expect((await run(['check', '.', '--overlap', '--ignore', 'people'], dir)).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'newsmark.config.yaml'), 'check:\n  ignore: [people.mentions]\n  overlap: true\n');
    const configured = await run(['check', '.'], dir);
    expect(configured.code).toBe(1);
    expect(configured.stdout).toContain('people: missing Imaginary Person');
    expect(configured.stdout).not.toContain('mention 1');
    fs.rmSync(path.join(dir, 'newsmark.config.yaml'));

    // JSON for machines.
    const json = JSON.parse((await run(['check', '.', '--reporter', 'json'], dir)).stdout);
    expect(json.ok).toBe(false);
    expect(json.articles.map((a: { name: string; status: string }) => `${a.name} ${a.status}`)).toEqual(['ohio.txt differ', 'storm.txt match']);
    expect(json.articles[0].differences).toContainEqual({ field: 'people', message: 'people: missing Imaginary Person', start: 0, line: 1, column: 1 });

    // --update takes the current output; then everything matches.
    const update = await run(['check', '.', '--update'], dir);
    expect(update.code).toBe(0);
    expect(update.stdout).toContain('updated ohio.expected.yaml (2 differences)');
    expect((await run(['check', '.'], dir)).code).toBe(0);
  });

  it('an edited article is one difference per edit; --reporter github annotates its line', async () => {
    const dir = folder();
    expect((await run(['check', '--update', 'storm.txt'], dir)).code).toBe(0);
    const at = SHORT.indexOf('"Stay home');
    fs.writeFileSync(path.join(dir, 'storm.txt'), SHORT.slice(0, at) + 'Roads were icy. ' + SHORT.slice(at));
    const text = await run(['check', 'storm.txt'], dir);
    expect(text.code).toBe(1);
    // The paragraph starts where it did and its quote moved: the edit is between the two.
    const change = `text changed between offsets ${at} and ${at + 1}; later spans shifted by +16`;
    expect(text.stdout).toContain(`    ${change}\n`);
    const github = await run(['check', 'storm.txt', '--reporter', 'github'], dir);
    expect(github.code).toBe(1);
    const annotations = github.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations[0]).toBe(`::error file=storm.txt,line=5,col=1,title=newsmark check%3A text::${change} (expected file: storm.expected.yaml)`);
    for (const a of annotations) expect(a).toMatch(/^::error file=storm\.txt(,line=\d+,col=\d+)?,title=newsmark check%3A [\w.]+::.+ \(expected file: storm\.expected\.yaml\)$/);
    // The text report follows, so the step log reads as usual.
    expect(github.stdout).toMatch(/✗ storm\.txt — \d+ differences? from storm\.expected\.yaml\n/);
  });

  it.skipIf(!detailed)('checks each line of a .jsonl article file against a YAML stream, by id', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'batch.jsonl'), [JSON.stringify({ id: 'a', text: SHORT }), JSON.stringify({ id: 'b', text: 'Rain in Oslo.\n\nIt rained on Monday, officials said.' })].join('\n') + '\n');
    expect((await run(['check', '--update', 'batch.jsonl'], dir)).code).toBe(0);
    expect(YAML.parseAllDocuments(fs.readFileSync(path.join(dir, 'batch.expected.yaml'), 'utf8')).map((d) => d.get('id'))).toEqual(['a', 'b']);
    const r = await run(['check', 'batch.jsonl'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ batch.jsonl#b');
  });

  it.skipIf(!detailed)('exits 2 on an unreadable expected file', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'storm.expected.yaml'), 'people: [unclosed\n');
    const r = await run(['check', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/! storm\.txt: storm\.expected\.yaml: invalid YAML/);
  });

  it.skipIf(!detailed)('exits 2 on an unreadable article, reported once', async () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'binary.expected.yaml'), 'id: binary\n');
    const r = await run(['check', 'binary.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('! binary.txt: binary data, not text\n\n1 article: 1 error\n');
  });
});
