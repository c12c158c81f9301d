/**
 * Writers own their framing (issue 14): each format's Writer frames the bodies its `render` writes,
 * for the CLI's stdout, its --out-dir files and the service alike. Real articles, real writers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { renderArticle } from '../../src/batch/render.js';
import { defaultPipeline } from '../../src/annotate.js';
import { registerAnnotate } from '../../src/cli/commands/annotate.js';
import { FORMAT_INFO, FORMATS, MACHINE_FORMATS, isFormat, type Format } from '../../src/writers/formats.js';
import { WRITERS } from '../../src/writers/registry.js';
import { Framing, frameAll, frameOne, plainWriter, type Writer } from '../../src/writers/writer.js';
import { htmlDocument } from '../../src/writers/html.js';
import { runInProcess } from '../support/cli.js';

const articles = [
  { id: 'a', text: 'Rain floods Lisbon\n\n“It was terrible,” said Ana Costa, a resident of Lisbon, on Monday.' },
  { id: 'b', text: 'Port strike ends\n\nDock workers in Rotterdam went back to work on Tuesday, the union said.' },
  { id: 'c', text: 'Budget vote delayed\n\nThe council in Leeds will vote next week, its leader, Sam Hart, said.' },
];
const bodies = (format: Format, n: number) => articles.slice(0, n).map((a) => renderArticle(a, { format }, defaultPipeline()).body);

/** A writer that names its calls, to see what the framing calls when. */
const probe = (withAlone: boolean): Writer => ({
  begin: () => '<',
  item: (b) => `[${b}]`,
  separator: () => ',',
  end: () => '>',
  ...(withAlone ? { alone: (b: string) => `only ${b}`, none: () => 'none' } : {}),
});

describe('Framing', () => {
  it.each([
    [false, 0, ''],
    [false, 1, '<[x1]>'],
    [false, 3, '<[x1],[x2],[x3]>'],
    [true, 0, 'none'],
    [true, 1, 'only x1'],
    [true, 2, '<[x1],[x2]>'],
    [true, 3, '<[x1],[x2],[x3]>'],
  ])('alone: %s, %i articles → %s', (withAlone, n, expected) => {
    expect(frameAll(probe(withAlone), Array.from({ length: n }, (_, i) => `x${i + 1}`))).toBe(expected);
  });

  it('streams: without `alone` each article is written when it comes; with it, only the first waits', () => {
    const plain = new Framing(probe(false));
    expect([plain.add('1'), plain.add('2'), plain.end()]).toEqual(['<[1]', ',[2]', '>']);
    const held = new Framing(probe(true));
    expect([held.add('1'), held.add('2'), held.add('3'), held.end(), held.count]).toEqual(['', '<[1],[2]', ',[3]', '>', 3]);
  });

  it('one article framed alone is what a one-article stream writes', () => {
    for (const format of FORMATS) {
      const [body] = bodies(format, 1);
      expect(frameOne(WRITERS[format].writer(), body!), format).toBe(frameAll(WRITERS[format].writer(), [body!]));
    }
  });
});

describe('each format frames as it always did', () => {
  it('json: an object for one, an array for several (the bytes of JSON.stringify), [] for none', () => {
    const objects = bodies('json', 3).map((b) => JSON.parse(b));
    expect(frameAll(WRITERS.json.writer(), bodies('json', 1))).toBe(JSON.stringify(objects[0], null, 2) + '\n');
    expect(frameAll(WRITERS.json.writer(), bodies('json', 3))).toBe(JSON.stringify(objects, null, 2) + '\n');
    expect(frameAll(WRITERS.json.writer(), [])).toBe('[]\n');
  });

  it('yaml: documents with --- between them; jsonl: lines; pretty and summary: a blank line between', () => {
    expect(YAML.parseAllDocuments(frameAll(WRITERS.yaml.writer(), bodies('yaml', 3))).map((d) => d.toJS().id)).toEqual(['a', 'b', 'c']);
    expect(frameAll(WRITERS.yaml.writer(), bodies('yaml', 2))).toBe(bodies('yaml', 2).join('---\n'));
    expect(frameAll(WRITERS.jsonl.writer(), bodies('jsonl', 3)).trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b', 'c']);
    for (const f of ['pretty', 'summary'] as const) expect(frameAll(WRITERS[f].writer(), bodies(f, 2))).toBe(bodies(f, 2).join('\n'));
  });

  it('html: one article is a plain page; several are one page with a table of contents', () => {
    const [one] = bodies('html', 1);
    expect(frameAll(WRITERS.html.writer(), [one!])).toBe(htmlDocument(one!));
    const page = frameAll(WRITERS.html.writer(), bodies('html', 3));
    expect(page.match(/<article /g)).toHaveLength(3);
    expect(page).toMatch(/<nav class="nm-toc" id="nm-toc" aria-label="Contents"><h2>Contents: 3 articles<\/h2>/);
    expect(page.indexOf('</main>')).toBeGreaterThan(page.lastIndexOf('</article>'));
  });

  it('html: two articles with one id keep the page ids unique', () => {
    const [body] = bodies('html', 1);
    const page = frameAll(WRITERS.html.writer(), [body!, body!]);
    const ids = [...page.matchAll(/<article [^>]*id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('one registry of formats', () => {
  it('every format has a writer, an --out-dir extension and a media type; the machine formats are yaml, json, jsonl', () => {
    expect(Object.keys(WRITERS).sort()).toEqual([...FORMATS].sort());
    expect(Object.keys(FORMAT_INFO).sort()).toEqual([...FORMATS].sort());
    for (const f of FORMATS) expect(FORMAT_INFO[f].extension, f).toMatch(/^\.[a-z]+$/);
    expect(MACHINE_FORMATS).toEqual(['yaml', 'json', 'jsonl']);
    expect([isFormat('json'), isFormat('xml'), isFormat('constructor')]).toEqual([true, false, false]);
  });

  it("commander's --format choices are the registry's names", () => {
    const program = new Command();
    registerAnnotate(program, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {}, cwd: process.cwd() }, () => {});
    const option = program.commands[0]!.options.find((o) => o.long === '--format');
    expect(option?.argChoices).toEqual([...FORMATS]);
  });
});

describe('the CLI writes through the writers', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-framing-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = articles.map((a) => {
    const file = path.join(dir, `${a.id}.txt`);
    fs.writeFileSync(file, a.text);
    return file;
  });

  it.each(FORMATS.map((f) => [f]))('-f %s over several articles is their bodies framed by the writer', async (format) => {
    const r = await runInProcess(['-f', format, '-j', '1', ...files]);
    expect(r.code).toBe(0);
    const expected = frameAll(WRITERS[format].writer(), files.map((file, i) => renderArticle({ id: file, text: articles[i]!.text }, { format }, defaultPipeline()).body));
    expect(r.stdout).toBe(expected);
  });

  it('--out-dir writes each article framed alone, with the registry extension', async () => {
    for (const format of ['json', 'html', 'jsonl'] as const) {
      const out = path.join(dir, `out-${format}`);
      const r = await runInProcess(['-f', format, '-j', '1', '-o', out, files[0]!]);
      expect(r.code).toBe(0);
      const written = fs.readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith(FORMAT_INFO[format].extension));
      expect(written).toHaveLength(1);
      const body = renderArticle({ id: files[0]!, text: articles[0]!.text }, { format }, defaultPipeline()).body;
      expect(fs.readFileSync(path.join(out, written[0]!), 'utf8')).toBe(frameOne(WRITERS[format].writer(), body));
    }
  });

  it('a run whose every input failed writes nothing, not even JSON’s []', async () => {
    const r = await runInProcess(['-f', 'json', path.join(dir, 'missing.txt')]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(frameAll(plainWriter('-'), [])).toBe('');
  });
});
