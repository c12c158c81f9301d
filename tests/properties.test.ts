/** Invariants on generated and damaged articles: no input throws, every span is valid, output is deterministic. */
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate.js';
import { toOutput } from '../src/model/output.js';
import { writeYaml } from '../src/writers/yaml.js';
import { invalidSpans } from './support/spans.js';

const pieces = [
  'Antony Blinken', 'the State Department', 'said', 'told reporters', 'according to', 'he said', 'she added',
  '“', '”', '"', "'", '‘', '’', '«', '»', '(', ')', '—', ':', ',', '.', '?', '\n', '\n\n', '\r\n', ' ', ' ', ' ',
  'Beijing', 'China', 'U.S.', 'Washington', 'Mr.', 'Dr.', 'Ms.', 'on Friday', 'June 18, 2023', 'don’t', '’90s',
  'Source link', 'Photo: Reuters', 'WASHINGTON —', 'é', '北京', '😀', '\u00a0', '\t', 'APEC', '(APEC)',
];
const article = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 120 }).map((parts) => parts.join(''));

const reference = fs.readFileSync('fixtures/blinken-beijing.txt', 'utf8');
/** The reference article damaged: a piece cut out, quote marks dropped or doubled, random text spliced in. */
const damaged = fc
  .tuple(fc.nat(reference.length), fc.nat(400), fc.string({ maxLength: 30 }), fc.constantFrom('cut', 'splice', 'marks'))
  .map(([at, length, junk, how]) => {
    const piece = reference.slice(0, 2500);
    const i = at % piece.length;
    if (how === 'cut') return piece.slice(0, i) + piece.slice(i + length);
    if (how === 'splice') return piece.slice(0, i) + junk + piece.slice(i);
    return piece.replace(/”/g, (m, offset: number) => (offset % 3 === 0 ? '' : offset % 3 === 1 ? '””' : m));
  });

function check(text: string) {
  const doc = annotate(text, { id: 'p' });
  const out = toOutput(doc);
  expect(invalidSpans(text, out)).toEqual([]);
  // The pipeline drops bad spans and survives stages that throw; both are bugs, so neither may happen here.
  expect(doc.diagnostics.filter((d) => /^(dropped|stage failed)/.test(d.message))).toEqual([]);
  return out;
}

describe('properties', () => {
  it('random articles never throw and always give valid spans', () => {
    fc.assert(fc.property(article, (text) => void check(text)), { numRuns: 60, seed: 20231128 });
  });

  it('damaged real articles never throw and always give valid spans', () => {
    fc.assert(fc.property(damaged, (text) => void check(text)), { numRuns: 25, seed: 7 });
  });

  it('the same text gives byte-identical output', () => {
    fc.assert(
      fc.property(fc.oneof(article, damaged), (text) => {
        expect(writeYaml(toOutput(annotate(text, { id: 'p' })))).toBe(writeYaml(toOutput(annotate(text, { id: 'p' }))));
      }),
      { numRuns: 10, seed: 3 },
    );
  });
});
