import { describe, expect, it } from 'vitest';
import { structure, splitBlocks } from '../../src/annotators/structure.js';
import { createDoc, type Block } from '../../src/model/document.js';

const kinds = (text: string) =>
  (structure.run(createDoc('t', text), { config: {}, explain: false }).blocks as Block[]).map((b) => [b.kind, b.text]);

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
});
