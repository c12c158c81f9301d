import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { annotate } from '../src/annotate.js';
import { toOutput } from '../src/model/output.js';
import { writeJson, writeJsonl, writePretty, writeSummary, writeYaml, writeYamlStream } from '../src/writers/index.js';
import { issuesToShow, shorten } from '../src/writers/summary.js';
import { parseFields, selectFields } from '../src/model/output.js';

const text = 'Rain floods Lisbon\n\n“It was terrible,” said Ana Costa, a resident of Lisbon, on Monday.\n\nSource link';
const doc = annotate(text, { id: 'a' });
const out = toOutput(doc);

describe('writers', () => {
  it('YAML holds the same data as JSON, with spans on one line each', () => {
    const yaml = writeYaml(out);
    expect(YAML.parse(yaml)).toEqual(JSON.parse(writeJson([out])));
    expect(yaml).toMatch(/^ {2}headline: \{ start: 0, end: 18, text: Rain floods Lisbon \}$/m);
  });
  it('several YAML documents form a stream', () => {
    expect(YAML.parseAllDocuments(writeYamlStream([out, out]))).toHaveLength(2);
  });
  it('JSON is an object for one article and an array for several; JSONL is one line', () => {
    expect(Array.isArray(JSON.parse(writeJson([out])))).toBe(false);
    expect(JSON.parse(writeJson([out, out]))).toHaveLength(2);
    expect(writeJsonl(out).split('\n')).toEqual([JSON.stringify(out), '']);
  });
  it('pretty colors only when asked, and always shows the article and the summary', () => {
    const plain = writePretty(doc, out, { color: false });
    const colored = writePretty(doc, out, { color: true });
    expect(plain).not.toMatch(/\u001b\[/);
    expect(colored).toMatch(/\u001b\[/);
    expect(plain).toContain('“It was terrible,” said Ana Costa');
    expect(plain).toContain('Who is quoted');
    // Removing the color codes gives back the plain view (minus the no-color hint).
    expect(colored.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.replace('(people, places, organizations and quotes are highlighted when color is on)\n\n', ''));
  });

  it('summary: the article at a glance, plain without color, the same text under the colors', () => {
    const plain = writeSummary(doc, { color: false });
    expect(plain.split('\n').slice(0, 2)).toEqual(['Rain floods Lisbon', 'a']);
    expect(plain).toContain('People (1)\n  Ana Costa ×1');
    expect(plain).toContain('Who said what (1)\n  Ana Costa (said): “It was terrible,”');
    expect(plain).toContain('Places (1)\n  Lisbon PT');
    expect(plain).toContain('Dates (1)\n  Monday');
    expect(plain).not.toMatch(/\u001b\[/);
    expect(writeSummary(doc, { color: true }).replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('summary: meta, dateline, quantities and resolved dates when the article has them', () => {
    const article = annotate('Port strike ends\n\nROTTERDAM (Reuters) - About 6,000 workers went back on Wednesday after a 4% raise.\n\n"It is done," said union leader Piet Vos.', {
      id: 'b',
      meta: { source: 'Harbour News', byline: 'By Ines Marlow', published: '2024-03-08', url: 'https://harbour.example/strike' },
    });
    const text = writeSummary(article, { color: false });
    expect(text.split('\n').slice(0, 3)).toEqual(['Port strike ends', 'b · Harbour News · by Ines Marlow · 2024-03-08 · ROTTERDAM (Reuters)', 'https://harbour.example/strike']);
    expect(text).toContain('Quantities (2)\n  6,000 workers, 4%');
    expect(text).toContain('Wednesday (2024-03-06)');
  });

  it('summary: nothing found is said, not left blank', () => {
    const text = writeSummary(annotate('just some words here\n\nand more words there', { id: 'c' }), { color: false });
    expect(text).toContain('People (0)\n  none found');
    expect(text).toContain('Who said what (0)\n  no quotes');
    expect(text).not.toContain('Quantities');
  });

  it.each([
    ['short enough', 20, 'short enough'],
    ['What we are working on on this trip is really taking forward', 30, 'What we are working on on…'],
    ['Abcdefghijklmnopqrstuvwxyz', 10, 'Abcdefghi…'],
    ['a,  b\n c', 10, 'a, b c'],
  ])('shorten(%j, %d)', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
    expect(shorten(text, max).length).toBeLessThanOrEqual(max);
  });

  it('summary and pretty leave out issues below the cut-off and say how many', () => {
    const issues = [0.9, 0.4, 0.1, 0.09, 0.01].map((score, k) => ({ label: `issue ${k}`, iptc: `medtop:${k}`, topic: 't', score, evidence: [] }));
    expect(issuesToShow(issues)).toEqual({ shown: issues.slice(0, 3), hidden: 2 });
    expect(issuesToShow(issues, 0.5).hidden).toBe(4);
    const many = Array.from({ length: 14 }, (_, k) => ({ ...issues[0]!, label: `i${k}` }));
    expect(issuesToShow(many).shown).toHaveLength(10);
    const pretty = writePretty(doc, { ...out, issues }, { color: false });
    expect(pretty).toContain('issue 2');
    expect(pretty).not.toContain('issue 3');
    expect(pretty).toContain('… 2 more with lower scores');
  });

  it('--only: id and schema first, then the fields asked for, in output order', () => {
    expect(Object.keys(selectFields(out, parseFields('speakers, quotes')))).toEqual(['id', 'schema', 'quotes', 'speakers']);
    expect(() => parseFields('quotes,peeple')).toThrow(/unknown field 'peeple' \(valid: meta, structure/);
    // A field the output does not have (meta of a plain-text article) is left out, not written as null.
    expect(Object.keys(selectFields(out, ['meta', 'dates']))).toEqual(['id', 'schema', 'dates']);
    expect(YAML.parse(writeYaml(selectFields(out, ['dates'])))).toEqual({ id: 'a', schema: 'newsmark/1', dates: out.dates });
  });
});
