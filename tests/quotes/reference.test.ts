/**
 * The reference article through the whole pipeline: every gold quote found, with the right speaker
 * name and the right kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate.js';

const root = path.resolve(import.meta.dirname, '../..');
interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string;
  speaker_is_named: boolean;
  kind: 'full' | 'partial';
}
const gold = JSON.parse(fs.readFileSync(path.join(root, 'fixtures/blinken-beijing.gold.json'), 'utf8')) as { quotes: GoldQuote[] };
const doc = annotate(fs.readFileSync(path.join(root, 'fixtures/blinken-beijing.txt'), 'utf8'), { id: 'blinken-beijing' });
const direct = doc.layers.quotes!.filter((q) => q.kind !== 'indirect');
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const words = (s: string) => s.toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

describe('reference article (blinken-beijing): quotes', () => {
  it('finds exactly the 22 gold quotes', () => {
    expect(direct).toHaveLength(22);
  });

  it.each(gold.quotes.map((q) => [q.text.slice(0, 40), q] as const))('“%s…”: span, speaker and kind', (_label, g) => {
    const q = direct.find((p) => overlap(p, g) > 0.5 * (g.end - g.start));
    expect(q, 'quote not found').toBeDefined();
    expect(q!.text.replace(/[\s.,]+$/, '')).toBe(g.text.replace(/[\s.,]+$/, ''));
    if (g.speaker_is_named) expect(q!.speaker?.name).toBe(g.speaker);
    else for (const w of words(g.speaker).filter((w) => w.length > 3 && !['senior', 'official'].includes(w))) expect(words(q!.speaker?.name ?? '')).toContain(w);
    expect(q!.kind).toBe(g.kind);
  });

  it.each([
    ['he', 'explained', 'Patricia Kim'],
    ['she', 'added', 'Shen Dingli'],
    ['the top US diplomat', 'said', 'Antony Blinken'],
  ])('"%s %s" is %s', (speaker, cue, name) => {
    const q = direct.find((p) => p.speaker?.text === speaker && p.cue?.text === cue);
    expect(q?.speaker?.name).toBe(name);
  });

  it('sums up the speakers: Blinken quoted most', () => {
    expect(doc.layers.speakers![0]).toMatchObject({ name: 'Antony Blinken', quotes: 8 });
    expect(doc.layers.speakers!.reduce((n, s) => n + s.quotes, 0)).toBe(22);
  });
});

describe('reference article without the entity stage (structure + tokens + quotes only)', () => {
  it('still names all 22 speakers from the words alone', async () => {
    const { docWith, runQuotes } = await import('./support.js');
    const text = fs.readFileSync(path.join(root, 'fixtures/blinken-beijing.txt'), 'utf8');
    const bare = runQuotes(docWith(text)).layers.quotes!.filter((q) => q.kind !== 'indirect');
    expect(bare).toHaveLength(22);
    for (const g of gold.quotes) {
      const q = bare.find((p) => overlap(p, g) > 0.5 * (g.end - g.start));
      if (g.speaker_is_named) expect(q?.speaker?.name, g.text.slice(0, 30)).toBe(g.speaker);
      else for (const w of words(g.speaker).filter((w) => w.length > 3 && !['senior', 'official'].includes(w))) expect(words(q?.speaker?.name ?? '')).toContain(w);
    }
  });
});
