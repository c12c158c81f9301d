import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, renderSpans, type MarkupSpan } from '../../src/writers/html-spans.js';

const span = (start: number, end: number, name: string, rank = 0): MarkupSpan => ({ start, end, tag: 'b', attrs: { n: name }, rank });

/** Back to text: what a browser shows as textContent. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Whether every element is closed in the order it was opened. */
function wellNested(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (!m[1]) stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

describe('renderSpans: markup from a span tree', () => {
  const text = 'Bank of Mexico chief said (rates rise).';
  it.each([
    ['a mention inside a nested mention', [span(0, 14, 'org'), span(8, 14, 'place')], '<b n="org">Bank of <b n="place">Mexico</b></b> chief said (rates rise).'],
    ['the same spans given in the other order', [span(8, 14, 'place'), span(0, 14, 'org')], '<b n="org">Bank of <b n="place">Mexico</b></b> chief said (rates rise).'],
    ['a quote holding a mention', [span(27, 37, 'quote'), span(27, 32, 'word')], 'Bank of Mexico chief said (<b n="quote"><b n="word">rates</b> rise</b>).'],
    ['identical spans: the lower rank outside', [span(0, 4, 'inner', 5), span(0, 4, 'outer', 1)], '<b n="outer"><b n="inner">Bank</b></b> of Mexico chief said (rates rise).'],
    ['crossing spans: the later one is cut and continues', [span(0, 7, 'a'), span(5, 14, 'b')], '<b n="a">Bank <b n="b">of</b></b><b n="b" data-cont> Mexico</b> chief said (rates rise).'],
    ['an empty span is left out', [span(3, 3, 'empty')], 'Bank of Mexico chief said (rates rise).'],
  ])('%s', (_, spans, expected) => {
    expect(renderSpans(text, 0, text.length, spans)).toBe(expected);
  });

  it('clips spans to the range and marks a part that began before it as continued', () => {
    expect(renderSpans(text, 5, 14, [span(0, 7, 'a'), span(8, 30, 'b')])).toBe('<b n="a" data-cont>of</b> <b n="b">Mexico</b>');
  });

  it('escapes text and attribute values: markup in the article is shown, never parsed', () => {
    const t = '<script>alert("x")</script> & more';
    const out = renderSpans(t, 0, t.length, [{ start: 8, end: 18, tag: 'mark', attrs: { 'data-x': '"><script>' }, rank: 0 }]);
    expect(out).toBe('&lt;script&gt;<mark data-x="&quot;&gt;&lt;script&gt;">alert(&quot;x&quot;)</mark>&lt;/script&gt; &amp; more');
    expect(escapeHtml(`a'b`)).toBe('a&#39;b');
  });

  it('keeps every character once and nests well, whatever the spans (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.nat(9)), { maxLength: 12 }),
        (t, raw) => {
          const spans = raw.map(([a, b, r], i) => span(Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1), String(i), r));
          const out = renderSpans(t, 0, t.length, spans);
          expect(textOf(out)).toBe(t);
          expect(wellNested(out)).toBe(true);
          // Each span's text is covered exactly by its element parts.
          for (const [i, s] of spans.entries()) {
            if (s.end <= s.start) continue;
            const parts = [...out.matchAll(new RegExp(`<b n="${i}"( data-cont)?>`, 'g'))];
            expect(parts.filter((p) => !p[1])).toHaveLength(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
