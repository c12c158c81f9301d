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
    ['listed place the article uses as a place keeps its own entity', [P('Valeska Paris'), { ...L('Paris'), placeContext: true }], [[0], [1]]],
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

/** A person mention with what linkcontext.ts reads around it. */
const Pc = (name: string, extra: Partial<LinkInput>): LinkInput => ({ ...P(name), ...extra });

describe('linking that respects people', () => {
  it.each<[string, LinkInput[], number[][]]>([
    // Namesakes: the bare surname goes to the one not introduced as a relative ("his wife, Elaine Pryce").
    ['relative', [Pc('Gareth Pryce', { sentence: 1 }), Pc('Elaine Pryce', { sentence: 1, relative: true }), Pc('Pryce', { sentence: 2 }), Pc('Elaine Pryce', { sentence: 3 }), Pc('Pryce', { sentence: 4 })], [[0, 2, 4], [1, 3]]],
    // An honorific tells them apart by gender.
    ['honorific', [Pc('Gareth Pryce', { sentence: 1, gender: 'male' }), Pc('Elaine Pryce', { sentence: 1, gender: 'female' }), Pc('Mrs Pryce', { sentence: 2, honorificGender: 'female', gender: 'female' })], [[0], [1, 2]]],
    // The honorific confirms the one whose gender is known over one whose is not, before salience:
    // "Mrs Whitmore" is Siobhan, though Declan (a first name compromise does not know) is named more.
    ['honorific confirms a known gender', [Pc('Declan Whitmore', { sentence: 1 }), Pc('Siobhan Whitmore', { sentence: 1, gender: 'female' }), Pc('Mr Whitmore', { sentence: 2, honorificGender: 'male', gender: 'male' }), Pc('Mrs Whitmore', { sentence: 3, honorificGender: 'female', gender: 'female' })], [[0, 2], [1, 3]]],
    // Counter-example: with no honorific, the one talked about most.
    ['no honorific, no confirmation', [Pc('Declan Whitmore', { sentence: 1 }), Pc('Whitmore', { sentence: 2 }), Pc('Siobhan Whitmore', { sentence: 3, gender: 'female' }), Pc('Whitmore', { sentence: 5 })], [[0, 1, 3], [2]]],
    // The one talked about most so far.
    ['salience', [Pc('Daniel Bernoulli', { sentence: 0 }), Pc('Bernoulli', { sentence: 1 }), Pc('Johann Bernoulli', { sentence: 2 }), Pc('Bernoulli', { sentence: 3 })], [[0, 1, 3], [2]]],
    // As often: the one the article opens with.
    ['subject of the lead', [Pc('Tom Reed', { sentence: 0 }), Pc('Sam Reed', { sentence: 5 }), Pc('Reed', { sentence: 9 })], [[0, 2], [1]]],
    // Counter-example: two namesakes introduced together later, nothing to tell them apart.
    ['ambiguous', [Pc('Ann Lee', { sentence: 0 }), Pc('Venus Moss', { sentence: 3 }), Pc('Serena Moss', { sentence: 3 }), Pc('Moss', { sentence: 8 })], [[0], [1], [2], [3]]],
    // The one named in full in the sentence before, when the counts and the lead do not decide.
    ['recent', [Pc('Ann Lee', { sentence: 0 }), Pc('Venus Moss', { sentence: 3 }), Pc('Serena Moss', { sentence: 6 }), Pc('Moss', { sentence: 7 })], [[0], [1], [2, 3]]],
    ['a first name alone after a full name', [P('Erling Haaland'), P('Erling'), P('Haaland')], [[0, 1, 2]]],
    ['a middle name more', [P('Matthew Goode'), P('Matthew William Goode'), P('Goode')], [[0, 1, 2]]],
    // A listed place that is the surname of a person named in full, and never used as a place.
    ['a surname that is a listed place', [P('MaliVai Washington'), L('Washington'), L('Washington')], [[0, 1, 2]]],
    ['…unless the article uses it as a place', [P('MaliVai Washington'), L('Washington'), { ...L('Washington'), placeContext: true }], [[0], [1, 2]]],
  ])('%s', (_, mentions, expected) => expect(groups(mentions)).toEqual(expected));

  it('names the entity by its full name, whatever the headline says', () => {
    const r = linkMentions([L('Haaland'), P('Erling Haaland'), P('Haaland')]);
    expect(r.clusters.map((c) => c.name)).toEqual(['Erling Haaland']);
    expect(r.type).toEqual(['person', 'person', 'person']);
  });

  it('records why a namesake was chosen, and that none was', () => {
    const r = linkMentions([Pc('Gareth Pryce', { sentence: 1 }), Pc('Elaine Pryce', { sentence: 1, relative: true }), Pc('Pryce', { sentence: 2 })]);
    expect(r.rule[2]).toBe('link:surname+primary');
    const a = linkMentions([Pc('Ann Lee', { sentence: 0 }), Pc('Venus Moss', { sentence: 3 }), Pc('Serena Moss', { sentence: 3 }), Pc('Moss', { sentence: 8 })]);
    expect(a.rule[3]).toBe('link:ambiguous');
  });
});
