import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { annotate } from '../src/annotate.js';
import { toOutput } from '../src/model/output.js';
import { writeJson, writeJsonl, writePretty, writeYaml, writeYamlStream } from '../src/writers/index.js';

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
});
