import { describe, expect, it } from 'vitest';
import { createDoc, type Mention } from '../../src/model/document.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { entities } from '../../src/annotators/entities.js';
import { nestedOrgs, nestedPlaces } from '../../src/entities/nested.js';
import type { NameMention } from '../../src/entities/mentions.js';

const pipeline = createPipeline([structure, tokens, entities]);
const mentions = (text: string): Mention[] => pipeline.run(createDoc('t', text)).layers.mentions ?? [];

describe('places named inside other names', () => {
  // [text, a place that must be a mention of its own, or null: no place inside the name]
  const cases: [string, string, string | null][] = [
    ['leading country of a public body', 'The US State Department said on Monday that talks would resume.', 'US'],
    ['leading country of an armed force', 'A photo released by the United States Navy shows the ship.', 'United States'],
    ['leading city of a police department', 'Officers of the Irving Police Department arrested him on Monday.', 'Irving'],
    ['leading city of a school district', 'Both the Irving Independent School District and the police deny it.', 'Irving'],
    ['after "of the"', 'Scientists at the University of the Philippines found the virus.', 'Philippines'],
    ['after "of" with a compass word', 'The prints are shown at the University of Southern Indiana this month.', 'Southern Indiana'],
    ['a team named after a city is no mention of it', 'The Philadelphia Eagles beat the Dallas Cowboys on Sunday.', null],
    ['a market named after a city neither', 'Shares fell on the Tokyo Stock Exchange on Friday.', null],
    ['a part of a place lies in it', 'Voters in the Hong Kong Island constituency queued for hours.', 'Hong Kong'],
    ['a city named after a country does not', 'Next year the contest takes place in Mexico City.', null],
  ];
  it.each(cases)('%s', (_, text, place) => {
    const ms = mentions(text);
    // A place inside a longer mention of the same sentence is a nested one.
    const inside = ms.filter((m) => m.type === 'place' && ms.some((o) => o !== m && o.start <= m.start && m.end <= o.end));
    if (place) expect(inside.map((m) => m.text)).toContain(place);
    else expect(inside.map((m) => m.text)).toEqual([]);
  });

  it('keeps the organization as a mention too', () => {
    const ms = mentions('The US State Department said on Monday that talks would resume.');
    expect(ms.map((m) => [m.text, m.type])).toEqual(expect.arrayContaining([['US', 'place'], ['US State Department', 'org']]));
  });

  it('the place inside a public body links to its other mentions', () => {
    const doc = pipeline.run(createDoc('t', 'The United States sent aid. The US State Department said more would follow.'));
    const us = (doc.layers.mentions ?? []).filter((m) => m.type === 'place' && /^(United States|US)$/.test(m.text));
    expect(us).toHaveLength(2);
    expect(new Set(us.map((m) => m.entityId)).size).toBe(1);
  });

  // Called directly: the tagger seldom puts a nationality inside an organization's span.
  it.each([
    ['The Paris Police said so.', ['Paris']],
    ['The French Police said so.', []],
    ['The Paris Saint said so.', []],
  ])('a nationality names no place, a place before a non-public body neither: %s', (text, expected) => {
    const toks = createPipeline([structure, tokens]).run(createDoc('t', text)).layers.tokens ?? [];
    const org: NameMention = { start: toks[1]!.start, end: toks[2]!.end, type: 'org', firstToken: 1, lastToken: 2, words: [toks[1]!.text, toks[2]!.text], source: 'test' };
    expect(nestedPlaces(toks, [org]).map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });
});

describe('organizations named at the start of other names', () => {
  // Mentions as "type:first-last" token ranges, so each case says exactly what the tagger found.
  function nestedIn(text: string, spans: string[]): string[] {
    const toks = createPipeline([structure, tokens]).run(createDoc('t', text)).layers.tokens ?? [];
    const ms: NameMention[] = spans.map((s) => {
      const [type, a, b] = s.split(/[:-]/) as ['org' | 'place' | 'person', string, string];
      const first = Number(a), last = Number(b);
      return { start: toks[first]!.start, end: toks[last]!.end, type, firstToken: first, lastToken: last, words: toks.slice(first, last + 1).map((t) => t.text), source: 'test' };
    });
    return nestedOrgs(toks, ms).map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
  }
  it.each([
    // Google(0) invited(1) him(2) .(-) He(3) was(4) at(5) the(6) Google(7) Science(8) Fair(9)
    ['named alone, then inside an event', 'Google invited him. He was at the Google Science Fair.', ['org:0-0', 'org:7-9'], ['org:Google']],
    ['never named alone', 'He was at the Google Science Fair.', ['org:4-6'], []],
    ['a company\'s own full name', 'NationsBank bought it. NationsBank Corp shares rose.', ['org:0-0', 'org:3-4'], []],
    ['a team named after its city', 'Seattle won. The Seattle Mariners lost.', ['org:0-0', 'org:3-4'], []],
    ['a person is no organization\'s', 'Monica spoke. Monica Seles won.', ['org:0-0', 'person:2-3'], []],
  ])('%s', (_, text, spans, expected) => {
    expect(nestedIn(text, spans)).toEqual(expected);
  });
});

