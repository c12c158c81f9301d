/**
 * Issues on hand-made gold: the reference article and our two other fixtures, matched as
 * ../shared/tools/score.mjs matches them (IPTC code, or evidence text overlap), plus what every
 * issue must carry whatever the article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate.js';
import { toOutput } from '../../src/model/output.js';
import { isValidSpan } from '../../src/model/span.js';
import { topicTree } from '../../src/topics/taxonomy.js';
import { scoreSeed, type Gold } from '../../src/eval/score-fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');
const load = (name: string) => {
  const text = fs.readFileSync(path.join(root, 'fixtures', `${name}.txt`), 'utf8');
  const gold = JSON.parse(fs.readFileSync(path.join(root, 'fixtures', `${name}.gold.json`), 'utf8')) as Gold;
  const doc = annotate(text, { id: name });
  return { text, gold, doc, output: toOutput(doc) };
};

describe.each([
  ['blinken-beijing', 10],
  ['rotterdam-port-strike', 4],
  ['ohio-measles-outbreak', 3],
])('%s', (name, least) => {
  const { text, gold, doc, output } = load(name);
  const issues = doc.layers.issues!;

  it(`finds at least ${least} of the gold issues`, () => {
    const score = scoreSeed(gold, output);
    expect(score.issues.total).toBe(gold.issues.length);
    expect(score.issues.found).toBeGreaterThanOrEqual(least);
  });

  it('gives every issue an IPTC code with its label, a human label and valid evidence spans', () => {
    const tree = topicTree();
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(tree.nodes.get(issue.iptc)?.label).toBe(issue.topic);
      expect(issue.label.length).toBeGreaterThan(0);
      expect(issue.evidence.length).toBeGreaterThan(0);
      for (const e of issue.evidence) expect(isValidSpan(text, e), JSON.stringify(e)).toBe(true);
    }
  });

  it('lists issues best first, with no duplicates', () => {
    const scores = issues.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(issues.map((i) => i.iptc)).size).toBe(issues.length);
  });

  it('gives 10 to 15 keyphrases, best first, each one written in the article', () => {
    const kp = doc.layers.keyphrases!;
    expect(kp.length).toBeGreaterThanOrEqual(10);
    expect(kp.length).toBeLessThanOrEqual(15);
    expect(kp.map((k) => k.score)).toEqual(kp.map((k) => k.score).sort((a, b) => b - a));
    for (const k of kp) expect(text.toLowerCase().includes(k.text.toLowerCase().split(/[ -]/)[0]!)).toBe(true);
  });
});

describe('the reference article', () => {
  const { doc } = load('blinken-beijing');
  const byCode = new Map(doc.layers.issues!.map((i) => [i.iptc, i]));
  it.each([
    ['medtop:20000639', /lines of communication|high-profile visit/],
    ['medtop:20000605', /spy balloon/],
    ['medtop:20000062', /war in Ukraine/],
    ['medtop:20000373', /supply chains/],
  ])('%s has evidence matching %s', (code, evidence) => {
    expect(byCode.get(code)?.evidence.some((e) => evidence.test(e.text))).toBe(true);
  });
  it('its first issue is under politics', () => {
    expect(topicTree().root(doc.layers.issues![0]!.iptc)).toBe('medtop:11000000');
  });
  it('is deterministic', () => {
    const again = load('blinken-beijing').doc;
    expect(again.layers.issues).toEqual(doc.layers.issues);
    expect(again.layers.keyphrases).toEqual(doc.layers.keyphrases);
  });
});
