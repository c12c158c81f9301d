import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { outputSchema } from '../../src/model/schema.js';
import { runners, root } from '../support/cli.js';

const article = 'fixtures/blinken-beijing.txt';
const articleText = fs.readFileSync(`${root}/${article}`, 'utf8');

describe.each(runners)('newsmark CLI (%s)', (_, run) => {
  it('annotates a file as YAML by default, with a schema-valid object', async () => {
    const r = await run([article]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const parsed = outputSchema.parse(YAML.parse(r.stdout));
    expect(parsed.id).toBe(article);
    expect(parsed.structure.headline?.text).toMatch(/^Blinken visits China/);
  });

  it('reads stdin when no path is given, with id "-"', async () => {
    const r = await run(['--format', 'json'], articleText);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.id).toBe('-');
    for (const p of parsed.people) for (const m of p.mentions) expect(articleText.slice(m.start, m.end)).toBe(m.text);
  });

  it('writes an array for several articles in JSON and one line each in JSONL', async () => {
    const two = [article, 'fixtures/ohio-measles-outbreak.txt'];
    const json = await run(['annotate', '-f', 'json', ...two]);
    expect(JSON.parse(json.stdout).map((o: { id: string }) => o.id)).toEqual(two);
    const jsonl = await run(['-f', 'jsonl', ...two]);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(two);
  });

  it('reads JSONL on stdin with --input-format jsonl and keeps each id', async () => {
    const input = [JSON.stringify({ id: 'a1', text: 'Rain in Oslo.\n\nIt rained on Monday, officials said.' }), JSON.stringify({ id: 7, text: 'Snow in Bergen.' })].join('\n');
    const r = await run(['--input-format', 'jsonl', '-f', 'jsonl'], input);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a1', '7']);
  });

  it('keeps going past a missing file, names it on stderr, and exits 1', async () => {
    const r = await run(['-f', 'jsonl', 'fixtures/nope.txt', article]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('newsmark: fixtures/nope.txt: no such file\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when nothing could be processed', async () => {
    const r = await run(['fixtures/edge/empty.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('newsmark: fixtures/edge/empty.txt: empty article\n');
    expect(r.stdout).toBe('');
  });

  it('exits 2 on a usage error with a one-line message', async () => {
    const r = await run(['--format', 'xml', article]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'xml' is invalid/);
    expect(r.stdout).toBe('');
  });

  it('prints a plain pretty view when stdout is not a terminal', async () => {
    const r = await run(['-f', 'pretty', article]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/Who is quoted/);
  });

  it('prints the JSON Schema of the output', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'schema', 'people', 'quotes', 'issues']));
  });
});
