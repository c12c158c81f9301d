/** Taxonomy files in the shapes IPTC data comes in, and the top-level ancestor lookup. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTaxonomy, readTaxonomy, TaxonomyError, topLevel } from '../../src/eval/taxonomy.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-taxonomy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: unknown) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

describe('readTaxonomy', () => {
  it.each([
    ['the shared file shape', file('a.json', { topics: [{ id: 'medtop:04000000', label: 'economy', parent: null }, { id: 'medtop:20000344', label: 'business', parent: 'medtop:04000000' }, { id: 'medtop:20000345', label: 'x', parent: 'medtop:20000344' }] })],
    ['a bare list with URIs and SKOS names', file('b.json', [{ qcode: 'http://cv.iptc.org/newscodes/mediatopic/04000000', prefLabel: { 'en-GB': 'economy' } }, { qcode: 'medtop:20000344', prefLabel: { 'en-GB': 'business' }, broader: ['medtop:04000000'] }, { qcode: 'medtop:20000345', broader: 'medtop:20000344' }])],
    ['YAML', file('c.yaml', 'topics:\n  - {id: "medtop:04000000", label: economy, parent: null}\n  - {id: "medtop:20000344", label: business, parent: "medtop:04000000"}\n  - {id: "medtop:20000345", label: x, parent: "medtop:20000344"}\n')],
  ])('reads %s', (_, p) => {
    const t = readTaxonomy(p);
    expect(topLevel(t, 'medtop:20000345')).toBe('medtop:04000000');
    expect(topLevel(t, 'medtop:04000000')).toBe('medtop:04000000');
    expect(topLevel(t, 'medtop:99999999')).toBeNull();
    expect(t.label.get('medtop:04000000')).toBe('economy');
  });

  it.each([
    ['a missing file', path.join(dir, 'nope.json'), /no such file/],
    ['something else', file('d.json', { lexicon: [] }), /no list of topics/],
    ['no top level', file('e.json', { topics: [{ id: 'medtop:1', parent: 'medtop:2' }] }), /no top-level topics/],
  ])('refuses %s', (_, p, message) => {
    expect(() => readTaxonomy(p)).toThrow(TaxonomyError);
    expect(() => readTaxonomy(p)).toThrow(message);
  });

  it('finds one by default (shipped or shared) with the 17 top-level topics', () => {
    const shared = path.resolve(import.meta.dirname, '../../../shared/eval/iptc-mediatopics/mediatopics.json');
    const shipped = path.resolve(import.meta.dirname, '../../data/topics');
    if (!fs.existsSync(shared) && !fs.existsSync(shipped)) return;
    const t = loadTaxonomy();
    expect([...t.parent.values()].filter((p) => p === null).length).toBeGreaterThanOrEqual(5);
    expect(topLevel(t, 'medtop:04000000')).toBe('medtop:04000000');
  });
});
