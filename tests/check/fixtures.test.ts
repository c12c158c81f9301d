/** Which files `newsmark check` treats as fixtures. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFixtures } from '../../src/eval/fixtures.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-fixtures-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
for (const f of ['a.txt', 'a.expected.yaml', 'b.txt', 'c.html', 'c.expected.json', 'sub/d.jsonl.gz', 'sub/d.expected.yaml', 'e.gold.yaml', 'e.txt']) {
  fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
  fs.writeFileSync(path.join(dir, f), 'x');
}
const names = (r: ReturnType<typeof findFixtures>) => r.fixtures.map((f) => `${path.relative(dir, f.input)} → ${path.relative(dir, f.expected)}${f.exists ? '' : ' (new)'}`);

describe('findFixtures', () => {
  it('finds articles with expected files in folders, recursively, and skips the rest', () => {
    const r = findFixtures(['.'], dir);
    expect(names(r)).toEqual(['a.txt → a.expected.yaml', 'c.html → c.expected.json', 'sub/d.jsonl.gz → sub/d.expected.yaml']);
    expect(r.problems).toEqual([]);
  });

  it.each([
    [['b.txt'], false, [], ['b.txt: no expected file (b.expected.yaml); run with --update to create it']],
    [['b.txt'], true, ['b.txt → b.expected.yaml (new)'], []],
    [['a.expected.yaml'], false, ['a.txt → a.expected.yaml'], []],
    [['e.gold.yaml'], false, [], ['e.gold.yaml: no expected file (e.gold.expected.yaml); run with --update to create it']],
    [['nope'], false, [], ['nope: no such file or folder']],
    [['a.txt', '.'], false, ['a.txt → a.expected.yaml', 'c.html → c.expected.json', 'sub/d.jsonl.gz → sub/d.expected.yaml'], []],
  ])('%j (update %s)', (paths, creating, found, problems) => {
    const r = findFixtures(paths, dir, creating);
    expect(names(r)).toEqual(found);
    expect(r.problems.map((p) => `${p.path}: ${p.problem}`)).toEqual(problems);
  });
});
