import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { annotate } from '../annotate.js';
import type { NewsmarkConfig } from '../config.js';
import { readInputs, type InputItem } from '../io/inputs.js';
import { toOutput, type ArticleOutput } from '../model/output.js';
import { writeYaml } from '../writers/yaml.js';
import { compareOutputs, type CompareOptions, type Difference } from './compare.js';
import type { Fixture } from './fixtures.js';

export type CheckStatus = 'match' | 'differ' | 'error' | 'updated';

export interface CheckCase {
  /** The article as a person names it: its path relative to the working directory, `#id` for a JSONL line. */
  name: string;
  input: string;
  expected: string;
  status: CheckStatus;
  differences: Difference[];
  error?: string;
  /** With --update: the expected file did not exist and was written. */
  created?: boolean;
  seconds: number;
}

export interface CheckOptions {
  config: NewsmarkConfig;
  compare: CompareOptions;
  /** Rewrite expected files to the current output. */
  update: boolean;
  cwd: string;
}

type Obj = Record<string, any>;

/** Annotate each fixture article and compare it with its expected output (or rewrite that, with `update`). */
export async function runCheck(fixtures: Fixture[], options: CheckOptions): Promise<CheckCase[]> {
  const cases: CheckCase[] = [];
  for (const fixture of fixtures) cases.push(...(await checkFixture(fixture, options)));
  return cases;
}

async function checkFixture(fixture: Fixture, options: CheckOptions): Promise<CheckCase[]> {
  const display = (p: string) => path.relative(options.cwd, p) || p;
  const base = { input: display(fixture.input), expected: display(fixture.expected) };
  const failed = (name: string, error: string): CheckCase => ({ ...base, name, status: 'error', differences: [], error, seconds: 0 });
  let expected: Obj[] = [];
  if (fixture.exists) {
    try {
      expected = readExpected(fixture.expected);
    } catch (error) {
      return [failed(base.input, `${base.expected}: ${(error as Error).message}`)];
    }
  }
  const isJsonl = /\.jsonl(\.gz)?$/i.test(fixture.input);
  if (!isJsonl && expected.length > 1) return [failed(base.input, `${base.expected} holds ${expected.length} articles; one was expected`)];
  const expectedById = new Map(expected.map((e) => [String(e.id), e]));
  const cases: CheckCase[] = [];
  const outputs: ArticleOutput[] = [];
  const used = new Set<Obj>();
  let readFailed = false;
  for await (const item of readInputs([fixture.input])) {
    const name = isJsonl ? `${base.input}#${item.id}` : base.input;
    if (!item.ok) {
      readFailed = true;
      cases.push(failed(name, item.error));
      continue;
    }
    const want = isJsonl ? expectedById.get(item.id) : expected[0];
    if (want) used.add(want);
    const started = performance.now();
    const id = isJsonl ? item.id : (want?.id ?? path.basename(fixture.input).replace(/\.[^.]+$/, ''));
    const output = annotateFixture(item, id, options.config);
    outputs.push(output);
    const differences = want ? placeDifferences(compareOutputs(want, output, options.compare), item, fixture.input) : [{ field: 'article', message: `no expected output for this article in ${base.expected}` }];
    cases.push({ ...base, name, status: differences.length ? 'differ' : 'match', differences, seconds: (performance.now() - started) / 1000 });
  }
  for (const e of isJsonl ? expected : []) {
    if (!used.has(e)) cases.push({ ...base, name: `${base.input}#${e.id}`, status: 'differ', differences: [{ field: 'article', message: `expected article ${e.id} is not in ${base.input}` }], seconds: 0 });
  }
  if (options.update && !readFailed && outputs.length) {
    const content = serializeExpected(outputs, fixture.expected);
    const current = fixture.exists ? fs.readFileSync(fixture.expected, 'utf8') : undefined;
    if (content !== current) {
      fs.writeFileSync(fixture.expected, content);
      for (const c of cases) {
        if (c.status === 'error') continue;
        c.status = 'updated';
        if (!fixture.exists) {
          c.created = true;
          c.differences = [];
        }
      }
    }
  }
  return cases;
}

/**
 * Lines for the differences, so CI annotations point into the file: line and column in a plain-text
 * article (offsets index its text); the archive line of a JSONL article; none for an HTML page,
 * whose offsets index the extracted text, not the file.
 */
function placeDifferences(differences: Difference[], item: Extract<InputItem, { ok: true }>, input: string): Difference[] {
  if (/\.html?$/i.test(input)) return differences;
  const jsonlLine = /\.jsonl(\.gz)?$/i.test(input) ? Number(item.source.match(/:(\d+)$/)?.[1]) : undefined;
  const lineStarts = jsonlLine ? [] : [0, ...[...item.text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  return differences.map((d) => {
    if (jsonlLine) return { ...d, line: jsonlLine };
    if (d.start === undefined) return d;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= d.start) lo = mid;
      else hi = mid - 1;
    }
    return { ...d, line: lo + 1, column: d.start - lineStarts[lo]! + 1 };
  });
}

function annotateFixture(item: Extract<InputItem, { ok: true }>, id: string, config: NewsmarkConfig): ArticleOutput {
  return toOutput(annotate(item.text, { id, config, meta: item.meta }));
}

/** An expected file: a YAML document (or stream of them, for a .jsonl article file), or JSON (an object, an array, or JSONL). */
export function readExpected(file: string): Obj[] {
  const content = fs.readFileSync(file, 'utf8');
  let values: unknown[];
  if (/\.json$/i.test(file)) {
    try {
      const parsed = JSON.parse(content) as unknown;
      values = Array.isArray(parsed) ? parsed : [parsed];
    } catch (error) {
      const lines = content.split('\n').filter((l) => l.trim());
      if (lines.length < 2) throw new Error(`invalid JSON (${(error as Error).message})`);
      values = lines.map((l) => JSON.parse(l) as unknown);
    }
  } else {
    const docs = YAML.parseAllDocuments(content);
    const broken = docs.find((d) => d.errors.length);
    if (broken) throw new Error(`invalid YAML (${broken.errors[0]!.message.split('\n')[0]})`);
    values = docs.map((d) => d.toJS() as unknown).filter((v) => v !== null && v !== undefined);
  }
  for (const v of values) if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('expected newsmark output objects');
  if (!values.length) throw new Error('empty');
  return values as Obj[];
}

/** What --update writes: the project's YAML (one document per article) or indented JSON. */
export function serializeExpected(outputs: ArticleOutput[], file: string): string {
  if (/\.json$/i.test(file)) return JSON.stringify(outputs.length === 1 ? outputs[0] : outputs, null, 2) + '\n';
  return outputs.map((o) => writeYaml(o)).join('---\n');
}
