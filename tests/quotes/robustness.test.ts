/** Damaged and odd input never throws, and every span the quote stage returns slices back to its text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docWith, runQuotes } from './support.js';

const pieces = ['“', '”', '"', '‘', '’', "'", "''", '«', '»', '„', ' he said', ' said Smith', ', ', '. ', ':', '\n', '\n\n', ' — ', 'Smith', 'the plan', ' according to ', '<tweet a="b">', '(', ')', 'don’t', '6\'3"'];

describe('quote stage robustness', () => {
  it('returns valid spans for any mix of marks, cues and breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = `Headline\n\n${parts.join('')}`;
        const doc = runQuotes(docWith(text, [{ name: 'John Smith', forms: ['Smith'] }]));
        for (const q of [...doc.layers.quotes!, ...doc.layers.quotations!]) expect(text.slice(q.start, q.end)).toBe(q.text);
        for (const q of doc.layers.quotes!) {
          if (q.speaker?.start != null) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
          if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
        }
        for (const d of doc.diagnostics) expect(d.stage).toBe('quotes');
      }),
      { numRuns: 150 },
    );
  });

  it('an unclosed mark in a long article stays inside its paragraph', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says nothing in particular, Smith said.`);
    paragraphs[3] = '“This quotation is never closed and goes on';
    const text = `Headline\n\n${paragraphs.join('\n\n')}`;
    const doc = runQuotes(docWith(text));
    const longest = Math.max(...doc.layers.quotes!.filter((q) => q.kind !== 'indirect').map((q) => q.end - q.start));
    expect(longest).toBeLessThan(60);
    expect(doc.diagnostics.some((d) => /not closed/.test(d.message))).toBe(true);
  });
});
