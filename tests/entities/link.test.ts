import { describe, expect, it } from 'vitest';
import { initials, linkMentions, nameWords, type LinkInput } from '../../src/entities/link.js';
import type { EntityType } from '../../src/model/document.js';

const m = (type: EntityType, name: string): LinkInput => ({ type, words: name.split(' ') });
const P = (n: string) => m('person', n);
const L = (n: string) => m('place', n);
const O = (n: string) => m('org', n);

/** Groups as lists of mention indices, in order of first mention. */
function groups(mentions: LinkInput[]): number[][] {
  const { cluster } = linkMentions(mentions);
  const out = new Map<number, number[]>();
  cluster.forEach((c, i) => out.set(c, [...(out.get(c) ?? []), i]));
  return [...out.values()];
}

describe('linkMentions', () => {
  it.each<[string, LinkInput[], number[][]]>([
    ['surname to full name', [P('Antony Blinken'), P('Blinken'), P('Blinken')], [[0, 1, 2]]],
    ['surname before the full name (headline)', [P('Blinken'), P('Antony Blinken')], [[0, 1]]],
    ['Chinese names by their first word', [P('Xi Jinping'), P('Xi'), P('Shen Dingli'), P('Shen')], [[0, 1], [2, 3]]],
    ['honorific dropped', [P('President Joe Biden'), P('Biden'), P('Mr Biden')], [[0, 1, 2]]],
    ['different people stay apart', [P('Kai Li'), P('Mark Swidan'), P('David Lin')], [[0], [1], [2]]],
    ['US, U.S. and United States are one country', [L('US'), L('United States'), L('U.S.'), L('China')], [[0, 1, 2], [3]]],
    ['acronym to its organization', [O('Asia-Pacific Economic Cooperation'), O('APEC')], [[0, 1]]],
    ['acronym before the name', [O('NATO'), O('North Atlantic Treaty Organization')], [[0, 1]]],
    ['short organization name', [O('Brookings Institution'), O('Brookings')], [[0, 1]]],
    ['an organizer is not its event', [O('Google Science Fair'), O('Google'), O('FIFA World Cup'), O('FIFA')], [[0], [1], [2], [3]]],
    ['a short name that ends a longer one still joins it', [O('Science Fair'), O('Google Science Fair')], [[0, 1]]],
    ['surname tagged as a place joins the person', [P('Andreas Granqvist'), L('Granqvist')], [[0, 1]]],
    ['listed place keeps its own entity', [P('Valeska Paris'), L('Paris')], [[0], [1]]],
  ])('%s', (_, mentions, expected) => expect(groups(mentions)).toEqual(expected));

  it('names entities by their fullest name, countries by their everyday name', () => {
    const r = linkMentions([P('Blinken'), P('Antony Blinken'), L('US'), P('President (Joe) Biden'.replace(/[()]/g, '')), L('U.S.')]);
    expect(r.clusters.map((c) => c.name)).toEqual(['Antony Blinken', 'United States', 'Joe Biden']);
  });

  it('records the linking rule', () => {
    const r = linkMentions([P('Antony Blinken'), P('Blinken'), O('World Health Organization'), O('WHO')]);
    expect(r.rule).toEqual([null, 'link:surname', null, 'link:acronym']);
  });

  it.each([
    [['Asia-Pacific', 'Economic', 'Cooperation'], 'APEC'],
    [['Bank', 'of', 'England'], 'BE'],
    [['Food', 'and', 'Drug', 'Administration'], 'FDA'],
  ])('initials(%j) = %s', (words, expected) => expect(initials(words)).toBe(expected));

  it.each([
    ['person', ['President', 'Joe', 'Biden'], ['Joe', 'Biden']],
    ['person', ['Mr.', 'Smith'], ['Smith']],
    ['org', ['the', 'Brookings', 'Institution'], ['Brookings', 'Institution']],
  ] as const)('nameWords(%s, %j)', (type, words, expected) => expect(nameWords(type, words)).toEqual(expected));
});

describe('place names that keep their article', () => {
  it.each([
    [['The', 'Hague'], ['The', 'Hague']],
    [['the', 'Netherlands'], ['Netherlands']],
    [['The', 'Guardian'], ['Guardian']],
  ])('%j is named %j', (words, name) => {
    expect(nameWords('place', words)).toEqual(name);
  });
});
