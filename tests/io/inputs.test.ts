import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fnv1a, outputName, readInputs, safeFileName, stdinFrom, type InputItem } from '../../src/io/inputs.js';
import { extractHtml } from '../../src/io/html.js';

const fixtures = path.resolve(import.meta.dirname, '../batch/fixtures');
let dir: string;

async function collect(paths: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, { cwd: dir, ...options })) items.push(item);
  return items;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-io-'));
  const files: Record<string, string | Buffer> = {
    'corpus/b.txt': 'Second article.\n\nIt has a paragraph.',
    'corpus/a.txt': 'First article.\n\nIt has a paragraph.',
    'corpus/deep/c.md': '# Third\n\nA markdown article.',
    'corpus/deep/skip.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    'corpus/.hidden/d.txt': 'Hidden, never read.',
    'corpus/notes.csv': 'a,b\n1,2\n',
    'lines.jsonl': ['{"id":"x1","text":"One."}', '{"id":"x2","text":', '', '[1,2]', '{"id":"x3"}', '{"id":"x/4","text":"Four."}'].join('\n') + '\n',
  };
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  fs.writeFileSync(path.join(dir, 'archive.jsonl.gz'), gzipSync('{"id":"g1","text":"Zipped one."}\n{"id":"g2","text":"Zipped two."}\n'));
  fs.writeFileSync(path.join(dir, 'broken.jsonl.gz'), Buffer.concat([gzipSync('{"id":"b1","text":"Fine."}\n').subarray(0, 20)]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('paths, folders and globs', () => {
  it('walks a folder recursively in sorted order, articles only, hidden entries skipped', async () => {
    const items = await collect(['corpus']);
    expect(items.map((i) => i.id)).toEqual(['corpus/a.txt', 'corpus/b.txt', 'corpus/deep/c.md']);
    expect(items.map((i) => i.name)).toEqual(['corpus/a', 'corpus/b', 'corpus/deep/c']);
  });

  it.each([
    ['corpus/*.txt', ['corpus/a.txt', 'corpus/b.txt']],
    ['corpus/**/*.md', ['corpus/deep/c.md']],
    ['corpus/**', ['corpus/a.txt', 'corpus/b.txt', 'corpus/deep/c.md']],
  ])('expands the quoted glob %s', async (pattern, ids) => {
    expect((await collect([pattern])).map((i) => i.id)).toEqual(ids);
  });

  it('reports a missing file or a glob matching nothing, and goes on', async () => {
    const items = await collect(['nope.txt', 'corpus/*.doc', 'corpus/a.txt']);
    expect(items.map((i) => [i.id, i.ok ? 'ok' : i.error])).toEqual([
      ['nope.txt', 'no such file'],
      ['corpus/*.doc', 'no such file, and no files match it as a pattern'],
      ['corpus/a.txt', 'ok'],
    ]);
  });
});

describe('JSONL archives', () => {
  it('names the line of each broken record and keeps the good ones', async () => {
    const items = await collect(['lines.jsonl']);
    expect(items.map((i) => (i.ok ? `ok ${i.id}` : `${i.source} ${i.error.split(' (')[0]}`))).toEqual([
      'ok x1',
      'lines.jsonl:2 invalid JSON',
      'lines.jsonl:4 expected an object {"id", "text"}',
      'lines.jsonl:5 no "text" string',
      'ok x/4',
    ]);
    expect(items[4]!.name).toBe(`lines/${safeFileName('x/4')}`);
  });

  it('streams .jsonl.gz', async () => {
    const items = await collect(['archive.jsonl.gz']);
    expect(items.map((i) => i.ok && i.text)).toEqual(['Zipped one.', 'Zipped two.']);
    expect(items[0]!.name).toBe('archive/g1');
  });

  it('a corrupt .gz ends that archive with one error', async () => {
    const items = await collect(['broken.jsonl.gz', 'corpus/a.txt']);
    expect(items.at(-1)!.ok).toBe(true);
    expect(items.filter((i) => !i.ok)).toHaveLength(1);
    expect(items.find((i) => !i.ok)!.source).toMatch(/^broken\.jsonl\.gz:\d+$/);
  });

  it('reads JSONL from stdin', async () => {
    const items = await collect(['-'], { inputFormat: 'jsonl', stdin: stdinFrom('{"id":"s1","text":"From stdin."}\n') });
    expect(items.map((i) => [i.id, i.name])).toEqual([['s1', 's1']]);
  });
});

describe('names for --out-dir', () => {
  it.each([
    ['a/b.txt', 'a/b'],
    ['a/b.c.html', 'a/b.c'],
    ['./x/../y.md', 'y'],
    ['.profile', '.profile'],
  ])('%s → %s', (input, expected) => expect(outputName(input, '/base')).toBe(expected));

  it('keeps paths outside the working directory inside the output folder', () => {
    expect(outputName('/elsewhere/a.txt', '/base')).toBe('elsewhere/a');
    expect(outputName('../up/a.txt', '/base/dir')).toBe('base/up/a');
  });

  it.each([['plain-id_1.2'], ['with/slash'], ['with space'], ['..'], ['ünïcode']])('file name for id %j is safe and distinct', (id) => {
    const name = safeFileName(id);
    expect(name).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(name.startsWith('.')).toBe(false);
  });

  it('ids that sanitize alike stay apart', () => expect(safeFileName('a/b')).not.toBe(safeFileName('a_b')));
  it('FNV-1a matches the published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('HTML pages', () => {
  const html = fs.readFileSync(path.join(fixtures, 'site/news/harbour.html'), 'utf8');

  it('keeps the article paragraphs, drops navigation, scripts and footer, title first', async () => {
    const page = await extractHtml(html);
    const blocks = page.text.split('\n\n');
    expect(blocks[0]).toBe('Port of Valdera reopens after storm');
    expect(blocks).toContain('Damage to the fishing fleet');
    expect(blocks.some((b) => b.startsWith('"We have cleared the main channel'))).toBe(true);
    expect(blocks).toContain('Nobody came to help us for three days, and now they talk about forms.');
    expect(page.text).not.toMatch(/tracking|Subscribe|Home|font-family/);
    expect(page.text).toContain('left dozens of ships stranded'); // inline elements stay in their paragraph
  });

  it('takes title, byline and date from the page metadata', async () => {
    const page = await extractHtml(html);
    expect(page.meta).toMatchObject({ title: 'Port of Valdera reopens after storm', byline: 'Ines Marlow', published: '2024-03-05T09:30:00Z' });
  });

  it('a page Readability cannot use still gives its body text', async () => {
    const page = await extractHtml('<html><body><p>Short note.</p><p>Second line.</p></body></html>');
    expect(page.text).toBe('Short note.\n\nSecond line.');
  });

  it('a folder of pages is read as articles with meta', async () => {
    const items: InputItem[] = [];
    for await (const item of readInputs(['site'], { cwd: fixtures })) items.push(item);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: true, id: 'site/news/harbour.html', name: 'site/news/harbour', meta: { byline: 'Ines Marlow' } });
  });
});
