import { describe, expect, it } from 'vitest';
import { inlineDateline, structure, splitBlocks } from '../../src/annotators/structure.js';
import { createDoc, type Block } from '../../src/model/document.js';

const kinds = (text: string) =>
  structure.run(createDoc('t', text), {}).blocks.map((b) => [b.kind, b.text]);

describe('structure', () => {
  it('splits paragraphs at blank lines, and at line breaks when there are none', () => {
    expect(splitBlocks('a\n\nb\n c\n\n\n d ')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 7 },
      { start: 11, end: 12 },
    ]);
    expect(splitBlocks('one\ntwo\r\nthree')).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
      { start: 9, end: 14 },
    ]);
  });

  it('recognizes section, headline, caption, subheading and trailing boilerplate', () => {
    const text = [
      'World',
      'Floods force thousands from homes in northern Italy',
      'Rescue teams worked through the night on Tuesday as rivers burst their banks across the region, officials said.',
      'A man wades through a flooded street in Faenza. Photo: Jane Doe/Reuters',
      'More rain is forecast for the weekend, and the regional government asked residents to stay away from the rivers.',
      'What comes next',
      'Engineers will inspect the levees once the water recedes, a process that could take weeks.',
      'Source link',
    ].join('\n\n');
    expect(kinds(text).map(([k]) => k)).toEqual(['section', 'headline', 'paragraph', 'caption', 'paragraph', 'subheading', 'paragraph', 'boilerplate']);
  });

  it('recognizes a dateline line and a byline', () => {
    const text = 'Markets rally as rates hold\n\nBy Maria Lopez and Tom Reed\n\nNEW YORK —\n\nStocks rose on Wednesday after the central bank left rates unchanged.';
    expect(kinds(text).map(([k]) => k)).toEqual(['headline', 'byline', 'dateline', 'paragraph']);
  });

  it('treats CoNLL-style one-sentence-a-line text as blocks with an all-caps headline and a dateline', () => {
    const text = 'SOCCER - BLUES WIN AGAIN.\nLONDON 1996-08-30\nChelsea beat Arsenal 2-1 on Friday.\nThe win lifts them to third.';
    expect(kinds(text)).toEqual([
      ['headline', 'SOCCER - BLUES WIN AGAIN.'],
      ['dateline', 'LONDON 1996-08-30'],
      ['paragraph', 'Chelsea beat Arsenal 2-1 on Friday.'],
      ['paragraph', 'The win lifts them to third.'],
    ]);
  });

  it('does not call a one-paragraph text a headline', () => {
    expect(kinds('Just one short line.')).toEqual([['paragraph', 'Just one short line.']]);
  });

  it.each([
    ['WASHINGTON — The Senate voted on Tuesday.', 'WASHINGTON —'],
    ['SPRINGFIELD, Ill. (AP) — The city council met.', 'SPRINGFIELD, Ill. (AP) —'],
    ['BEIJING (Reuters) - China said on Monday it would act.', 'BEIJING (Reuters) -'],
    ['LONDON, Dec 1 (Reuters) - Oil prices fell.', 'LONDON, Dec 1 (Reuters) -'],
    ['NEW YORK, March 3, 2024 — Stocks rose.', 'NEW YORK, March 3, 2024 —'],
    ['ST. LOUIS (AP) -- A judge ruled.', 'ST. LOUIS (AP) --'],
    ['London (Reuters) - Shares rose.', 'London (Reuters) -'],
    ['PARIS — “We are ready,” the minister said.', 'PARIS —'],
    ['PORT-AU-PRINCE, Haiti (AP) — Gangs blocked the road.', 'PORT-AU-PRINCE, Haiti (AP) —'],
    ['NEW DELHI— Talks resumed.', 'NEW DELHI—'],
  ])('an inline dateline opens the first paragraph: %s', (paragraph, dateline) => {
    const text = `Headline about the news today\n\n${paragraph}\n\nA second paragraph follows here.`;
    const blocks = kinds(text);
    expect(blocks[0]).toEqual(['headline', 'Headline about the news today']);
    expect(blocks[1]).toEqual(['dateline', dateline]);
    expect(blocks[2]![0]).toBe('paragraph');
    expect(dateline + ' ' + blocks[2]![1]).toBe(paragraph);
    expect(blocks[3]).toEqual(['paragraph', 'A second paragraph follows here.']);
  });

  it.each([
    ['NATO — the alliance met in Brussels on Tuesday.'], // an acronym before a dash, a lower-case continuation
    ['NATO — The alliance met in Brussels on Tuesday.'], // an acronym that is no listed place
    ['BREAKING — Fire at the port.'],
    ['UPDATE - Officials said the road is closed.'],
    ['The minister — who spoke in LONDON — said no.'],
    ['WASHINGTON is quiet this week, officials said.'],
    ['US-German carmaker sales rose 2% in the year.'], // a hyphen inside a compound, not a dash
  ])('no dateline: %s', (paragraph) => {
    expect(inlineDateline(paragraph)).toBe(0);
    const text = `Headline about the news today\n\n${paragraph}\n\nA second paragraph follows here.`;
    expect(kinds(text).map(([k]) => k)).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('finds a dateline only in the first body paragraph, never in the headline', () => {
    expect(kinds('PARIS — Macron calls snap vote\n\nThe president spoke on Sunday.\n\nMore follows.').map(([k]) => k)).toEqual(['headline', 'paragraph', 'paragraph']);
    const later = kinds('Headline about the news today\n\nThe first paragraph.\n\nPARIS — The second paragraph.');
    expect(later.map(([k]) => k)).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('a text that opens with its dateline in a full sentence has no headline', () => {
    expect(kinds('WASHINGTON (AP) — The Senate voted on Tuesday.\n\nThe bill goes to the House next.')).toEqual([
      ['dateline', 'WASHINGTON (AP) —'],
      ['paragraph', 'The Senate voted on Tuesday.'],
      ['paragraph', 'The bill goes to the House next.'],
    ]);
  });

  it('a dateline on a line of its own stays one block, and the paragraph after it is not split again', () => {
    expect(kinds('Markets rally\n\nNEW YORK —\n\nLONDON — Stocks rose.').map(([k]) => k)).toEqual(['headline', 'dateline', 'paragraph']);
  });
});
