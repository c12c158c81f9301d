/** CoNLL column files: the three tag schemes give the same spans, and the detokenized text matches the JSONL conversion. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectScheme, readConll, tagsToRanges } from '../../src/eval/conll.js';

// One document, two sentences; entities: two adjacent LOCs (the case IOB1 needs B- for), a PER, an ORG, a MISC.
const tokens: [string, string][][] = [
  [['Talks', 'O'], ['in', 'O'], ['Paris', 'LOC'], ['Berlin', 'LOC+'], ['end', 'O'], ['.', 'O']],
  [['"', 'O'], ['Angela', 'PER'], ['Merkel', 'PER'], ['(', 'O'], ['CDU', 'ORG'], [')', 'O'], ['was', 'O'], ['n\'t', 'O'], ['there', 'O'], [',', 'O'], ['"', 'O'], ['said', 'O'], ['a', 'O'], ['German', 'MISC'], ['paper', 'O'], ['.', 'O']],
];

/** Write the sentences with one scheme's tags. `LOC+` marks an entity that starts right after one of the same type. */
function write(scheme: 'iob1' | 'iob2' | 'bioes'): string {
  const lines = ['-DOCSTART- -X- -X- O', ''];
  for (const sentence of tokens) {
    sentence.forEach(([word, label], i) => {
      const type = label.replace('+', '');
      let tag = 'O';
      if (label !== 'O') {
        const prev = sentence[i - 1]?.[1].replace('+', '');
        const next = sentence[i + 1]?.[1];
        const begins = prev !== type || label.endsWith('+');
        const ends = next === undefined || next.replace('+', '') !== type || next.endsWith('+');
        if (scheme === 'iob1') tag = (begins && prev === type ? 'B-' : 'I-') + type;
        else if (scheme === 'iob2') tag = (begins ? 'B-' : 'I-') + type;
        else tag = (begins && ends ? 'S-' : begins ? 'B-' : ends ? 'E-' : 'I-') + type;
      }
      lines.push(`${word} NNP B-NP ${tag}`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

describe('readConll', () => {
  const results = (['iob1', 'iob2', 'bioes'] as const).map((scheme) => ({ scheme, result: readConll(write(scheme), { name: 'x.conll' }) }));

  it.each(results.map((r) => [r.scheme, r.result] as const))('%s: detected, detokenized, and the spans are right', (scheme, result) => {
    expect(result.scheme).toBe(scheme);
    const doc = result.docs[0]!;
    expect(doc.text).toBe('Talks in Paris Berlin end.\n"Angela Merkel (CDU) wasn\'t there," said a German paper.');
    expect(doc.entities!.map((e) => `${e.type} ${doc.text.slice(e.start, e.end)}`)).toEqual(['LOC Paris', 'LOC Berlin', 'PER Angela Merkel', 'ORG CDU', 'MISC German']);
    for (const e of doc.entities!) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('gives identical documents for all three schemes', () => {
    expect(results[1]!.result.docs).toEqual(results[0]!.result.docs);
    expect(results[2]!.result.docs).toEqual(results[0]!.result.docs);
  });

  it('splits documents at -DOCSTART- and names them after the file', () => {
    const two = readConll(`-DOCSTART- O\n\nA O\n\n-DOCSTART- O\n\nB B-PER\n`, { name: '/data/eng.testb' });
    expect(two.docs.map((d) => [d.id, d.text])).toEqual([['eng-001', 'A'], ['eng-002', 'B']]);
  });

  it('skips comment lines but keeps a # token', () => {
    const doc = readConll('# sent_id = 1\n# text = Rank # 1\nRank O\n# O\n1 O\n', { name: 'c' }).docs[0]!;
    expect(doc.text).toBe('Rank # 1');
  });

  it('moves a quote left at the end of a line, with no quotation open, to the next line', () => {
    const doc = readConll(['He', 'left', '.', '"', '', 'We', 'won', ',', '"', 'she', 'said', '.'].map((t) => (t ? `${t} O` : '')).join('\n'), { name: 'q' }).docs[0]!;
    // Pasted where the splitter left it, the quote would close nothing; moved, it opens the next sentence.
    expect(doc.text).toBe('He left.\n"We won," she said.');
  });

  it.each([
    [['B-PER', 'I-PER', 'O', 'I-LOC'], 'iob1'],
    [['B-PER', 'I-PER', 'O', 'B-LOC'], 'iob2'],
    [['B-PER', 'E-PER', 'S-LOC'], 'bioes'],
    [['U-PER', 'B-LOC', 'L-LOC'], 'bioes'],
  ])('detectScheme(%j) = %s', (tags, scheme) => {
    expect(detectScheme(tags)).toBe(scheme);
  });

  it('reads malformed tags leniently (an I- after O starts an entity; an E- closes one)', () => {
    expect(tagsToRanges(['O', 'I-PER', 'E-PER', 'I-PER'])).toEqual([{ first: 1, last: 2, type: 'PER' }, { first: 3, last: 3, type: 'PER' }]);
  });
});

const train = path.resolve(import.meta.dirname, '../../../shared/train/conll2003/train.jsonl');

describe.skipIf(!fs.existsSync(train))('readConll agrees with the shared JSONL conversion', () => {
  it('rebuilds the text and entity spans of the first 150 training documents from their tokens', () => {
    const docs = fs.readFileSync(train, 'utf8').split('\n').slice(0, 150).filter(Boolean).map((l) => JSON.parse(l) as { text: string; entities: { start: number; end: number; type: string }[]; tokens: { start: number; end: number; text: string; tag: string }[]; sentences: [number, number][] });
    let file = '';
    for (const d of docs) {
      file += '-DOCSTART- -X- -X- O\n\n';
      let t = 0;
      for (const [, end] of d.sentences) {
        while (t < d.tokens.length && d.tokens[t]!.end <= end) file += `${d.tokens[t]!.text} X X ${d.tokens[t++]!.tag}\n`;
        file += '\n';
      }
    }
    const read = readConll(file, { name: 'train' }).docs;
    expect(read).toHaveLength(docs.length);
    const sameText = read.filter((r, i) => r.text === docs[i]!.text);
    // The conversion's rules for stray single quotes are not all documented; nearly every document must still agree.
    expect(sameText.length / docs.length).toBeGreaterThan(0.98);
    for (const [i, r] of read.entries()) {
      if (r.text !== docs[i]!.text) continue;
      expect(r.entities!.map((e) => [e.start, e.end, e.type])).toEqual(docs[i]!.entities.map((e) => [e.start, e.end, e.type]));
    }
  });
});
