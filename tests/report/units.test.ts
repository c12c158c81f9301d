import { describe, expect, it } from 'vitest';
import { articleIndex, speakerKind } from '../../src/report/classify.js';
import { TopCounter, Votes } from '../../src/report/counter.js';
import { JsonValueSplitter } from '../../src/report/json-values.js';
import { getPath, parseDate, periodOf } from '../../src/report/periods.js';
import { notNewsmarkOutput, asReportInput } from '../../src/report/validate.js';

describe('TopCounter: bounded counts with error bounds', () => {
  it('is exact while the names fit', () => {
    const c = new TopCounter(10, () => null);
    for (const k of ['a', 'b', 'a', 'c', 'a', 'b']) c.add(k);
    expect(c.top().map((e) => [e.key, e.count, e.error])).toEqual([['a', 3, 0], ['b', 2, 0], ['c', 1, 0]]);
    expect(c.exact).toBe(true);
  });

  it('never holds more than twice its capacity, keeps every frequent name, and bounds each count', () => {
    const c = new TopCounter(500, () => null);
    const truth = new Map<string, number>();
    // 20 names seen 100 times each among 18,000 seen once, interleaved: the table keeps at most
    // 1,000, and a name seen more than N / capacity = 40 times is guaranteed to stay.
    for (let i = 0; i < 20_000; i++) {
      const key = i % 10 === 0 ? `frequent-${i % 200}` : `rare-${i}`;
      c.add(key);
      truth.set(key, (truth.get(key) ?? 0) + 1);
      expect(c.size).toBeLessThanOrEqual(1000);
    }
    expect(c.exact).toBe(false);
    expect(c.floor).toBeLessThanOrEqual(20_000 / 500);
    const top = c.top(20);
    expect(top.map((e) => e.key).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `frequent-${i * 10}`).sort());
    for (const e of c.top()) {
      const real = truth.get(e.key)!;
      expect(e.count).toBeGreaterThanOrEqual(real);
      expect(e.count - e.error).toBeLessThanOrEqual(real);
    }
  });

  it('Votes keeps the most frequent value in a few slots', () => {
    const v = new Votes(2);
    for (const x of ['mayor', 'x', 'mayor', 'y', 'mayor', 'z', undefined, '']) v.add(x);
    expect(v.best).toBe('mayor');
    expect(new Votes().best).toBeUndefined();
  });
});

describe('JsonValueSplitter: one top-level value at a time', () => {
  const split = (chunks: string[]) => {
    const s = new JsonValueSplitter();
    const out = chunks.flatMap((c) => s.push(c));
    return { values: out.map((v) => [JSON.parse(v.text), v.line]), rest: s.end() };
  };
  it.each([
    ['an array, elements a line apart', ['[\n  {"a": 1},\n  {"a": "}]"}\n]\n'], [[{ a: 1 }, 2], [{ a: '}]' }, 3]]],
    ['values one after another (JSONL)', ['{"a":1}\n{"b":[1,{"c":2}]}\n'], [[{ a: 1 }, 1], [{ b: [1, { c: 2 }] }, 2]]],
    ['a value split across chunks, inside a string and an escape', ['[{"a": "x\\', '"y"}', ', {"b"', ': 2}]'], [[{ a: 'x"y' }, 1], [{ b: 2 }, 1]]],
    ['a pretty-printed single object', ['{\n  "id": "a",\n  "n": [\n    1\n  ]\n}\n'], [[{ id: 'a', n: [1] }, 1]]],
    ['scalars in an array', ['[1, true, "s"]'], [[1, 1], [true, 1], ['s', 1]]],
    ['a byte order mark and blank lines first', ['\uFEFF\n\n{"a":1}'], [[{ a: 1 }, 3]]],
  ])('%s', (_, chunks, expected) => {
    expect(split(chunks).values).toEqual(expected);
  });
  it('says where a truncated value began', () => {
    const { values, rest } = split(['{"a":1}\n{"b": [1, 2']);
    expect(values).toHaveLength(1);
    expect(rest).toEqual({ text: '{"b": [1, 2', line: 2 });
  });
});

describe('dates and periods', () => {
  it.each([
    ['2023-06-18', { y: 2023, m: 6, d: 18 }],
    ['2023-06-18T23:30:00-05:00', { y: 2023, m: 6, d: 18 }],
    ['2023-06', { y: 2023, m: 6, d: 1 }],
    ['2016-09-12_stealth-over-health', { y: 2016, m: 9, d: 12 }],
    ['polnear-dev-breitbart_2016-09-12_title', { y: 2016, m: 9, d: 12 }],
    ['Mon, 12 Sep 2016 10:00:00 GMT', { y: 2016, m: 9, d: 12 }],
    ['2023-13-01', undefined],
    ['no date here', undefined],
    [undefined, undefined],
  ])('%s', (value, expected) => {
    expect(parseDate(value)).toEqual(expected);
  });
  it.each([
    ['day', '2021-01-03'],
    ['week', '2020-W53'], // 3 January 2021 is a Sunday in the last ISO week of 2020
    ['month', '2021-01'],
    ['year', '2021'],
  ] as const)('period by %s', (interval, expected) => {
    expect(periodOf({ y: 2021, m: 1, d: 3 }, interval)).toBe(expected);
  });
  it('reads dotted paths', () => {
    expect(getPath({ meta: { source: { name: 'X' } } }, 'meta.source.name')).toBe('X');
    expect(getPath({ meta: null }, 'meta.source')).toBeUndefined();
  });
});

describe('speaker kinds', () => {
  const article = asReportInput({
    id: 'k',
    schema: 'newsmark/1',
    people: [{ id: 'e1', name: 'Ann Lee', mentions: [] }],
    places: [{ id: 'e2', name: 'France', mentions: [] }],
    organizations: [{ id: 'e3', name: 'Acme', mentions: [] }],
    quotes: [{ id: 'q1', kind: 'full', speaker: { name: 'a spokesman', entity: null, kind: 'person' }, cue: null, confidence: 1, rule: '' }],
  });
  const { ids, quoteKinds } = articleIndex(article);
  it.each([
    ['a person entity', { name: 'Ann Lee', entity: 'e1' }, 'person'],
    ['an organization entity', { name: 'Acme', entity: 'e3' }, 'organization'],
    ['a place speaking as a state', { name: 'France', entity: 'e2' }, 'organization'],
    ['a document, by its words', { name: 'the 40-page report', entity: null }, 'document'],
    ['an unnamed source', { name: 'a senior official', entity: null }, 'unnamed'],
    ['"report" inside a word is no document', { name: 'a reporter', entity: null }, 'unnamed'],
    ['the kind the output gives wins', { name: 'the statement', entity: null, kind: 'unnamed' }, 'unnamed'],
    ["a quote's speaker.kind applies to its speaker", { name: 'a spokesman', entity: null }, 'person'],
    ['a kind newsmark does not know falls back', { name: 'Acme', entity: 'e3', kind: 'robot' }, 'organization'],
  ])('%s', (_, speaker, expected) => {
    expect(speakerKind(speaker, ids, quoteKinds)).toBe(expected);
  });
});

describe('what counts as newsmark output', () => {
  it.each([
    [{ id: 'a', schema: 'newsmark/1' }, undefined],
    [{ id: 'a', text: 'an input article' }, "not newsmark output (no 'schema: newsmark/…' field)"],
    [{ schema: 'newsmark/1' }, "not newsmark output (no 'id')"],
    [{ id: 'a', schema: 'newsmark/1', people: {} }, "not newsmark output ('people' is not a list)"],
    [[1, 2], 'not newsmark output (a JSON array, not an article object)'],
    [null, 'not newsmark output (a JSON null, not an article object)'],
    ['text', 'not newsmark output (a JSON string, not an article object)'],
  ])('%j', (value, expected) => {
    expect(notNewsmarkOutput(value)).toBe(expected);
  });
});
