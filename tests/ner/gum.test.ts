import { describe, expect, it } from 'vitest';
import { conllSpan, gumTrainingDocs } from '../../src/training/gum.js';

const span = (text: string, type: string, named = true) => {
  const e = conllSpan(text, { start: 0, end: text.length, type, named });
  return e && text.slice(e.start, e.end);
};

describe('CoNLL-style names from GUM noun phrases', () => {
  it.each([
    ['the University of Tarnow, where she taught until 1990', 'ORG', 'University of Tarnow'],
    ["Margit Kovacs's", 'PER', 'Margit Kovacs'],
    ['Dr. Margit Kovacs', 'PER', 'Margit Kovacs'],
    ['Professor Ilse Brandt', 'PER', 'Ilse Brandt'],
    ['Lake Varna, in the north', 'LOC', 'Lake Varna'],
    ['the Corvell Islands', 'LOC', 'Corvell Islands'],
    ['the U.S.', 'LOC', 'U.S.'],
    ['Harlow Ltd.', 'ORG', 'Harlow Ltd.'],
    ['Jens Olsen (who founded the firm)', 'PER', 'Jens Olsen'],
  ])('%s (%s) → %s', (text, type, expected) => expect(span(text, type)).toBe(expected));

  it.each([
    ['a Member of the Royal Academy', 'PER'], // a description, not a name
    ['the younger Olsens', 'PER'], // a group
    ['Ilse and Jens Olsen', 'PER'], // two people: the parts are their own mentions
    ['Minister of Culture', 'PER'], // a title
    ['mainland Corvell', 'LOC'], // a lower-case word before the name
    ['the city', 'LOC'],
  ])('%s (%s) → nothing', (text, type) => expect(span(text, type)).toBeNull());

  it('ignores mentions that are not named', () => expect(span('Corvell', 'LOC', false)).toBeNull());

  it('keeps only sentences whose capitalized words the derived names cover, and flattens nested names', () => {
    const text = 'Ilse Brandt taught at the University of Tarnow. She read Hamlet there. It rained.';
    const docs = gumTrainingDocs([
      {
        id: 'x',
        genre: 'bio',
        text,
        entities: [
          { start: 0, end: 11, type: 'PER', named: true },
          { start: 22, end: 46, type: 'ORG', named: true },
          { start: 40, end: 46, type: 'LOC', named: true },
        ],
      },
    ]);
    expect(docs).toHaveLength(1);
    // "Hamlet" (a work: MISC in CoNLL, unmarked in GUM) rules out its sentence.
    expect(docs[0]!.sentences.map((s) => s.map((t) => t.text).join(' '))).toEqual(['Ilse Brandt taught at the University of Tarnow', 'It rained']);
    expect(docs[0]!.entities.map((e) => text.slice(e.start, e.end))).toEqual(['Ilse Brandt', 'University of Tarnow']);
    expect(gumTrainingDocs([{ id: 'x', genre: 'bio', text, entities: [] }], { genres: ['voyage'] })).toEqual([]);
  });
});
