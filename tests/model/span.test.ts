import { describe, expect, it } from 'vitest';
import { isValidSpan, SpanError, stripSpan, textSpan, trimSpan } from '../../src/model/span.js';

describe('spans', () => {
  const text = '  “Hello,” she said.  ';
  it('textSpan slices the text and refuses ranges outside it', () => {
    expect(textSpan(text, 3, 8)).toEqual({ start: 3, end: 8, text: 'Hello' });
    expect(() => textSpan(text, 5, 4)).toThrow(SpanError);
    expect(() => textSpan(text, -1, 2)).toThrow(SpanError);
    expect(() => textSpan(text, 0, text.length + 1)).toThrow(/does not fit a text of length 22/);
  });
  it.each([
    [{ start: 0, end: 0 }, true],
    [{ start: 3, end: 8, text: 'Hello' }, true],
    [{ start: 3, end: 8, text: 'hello' }, false],
    [{ start: 3.5, end: 8 }, false],
    [{ start: 10, end: 30 }, false],
  ])('isValidSpan(%j) is %s', (span, valid) => {
    expect(isValidSpan(text, span)).toBe(valid);
  });
  it('trimSpan and stripSpan shrink to the content', () => {
    expect(trimSpan(text, 0, text.length)).toEqual({ start: 2, end: 20 });
    expect(stripSpan(text, 2, 10, /[“”,\s]/)).toEqual({ start: 3, end: 8 });
  });
});
