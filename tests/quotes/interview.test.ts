/**
 * Interviews and transcripts: labelled turns are quotes with the label as the speaker phrase, Q the
 * interviewer and A the interviewee as the introduction names them; counter-examples where a label
 * is no turn.
 */
import { describe, expect, it } from 'vitest';
import { article, docWith, runQuotes, type HandEntity } from './support.js';

const sherpa: HandEntity = { name: 'Pemba Dorje Sherpa', forms: ['Pemba Dorje Sherpa'], gender: 'male' };
const lindqvist: HandEntity = { name: 'Sofia Lindqvist', forms: ['Sofia Lindqvist'], gender: 'female' };
const tapper: HandEntity = { name: 'Jake Tapper', forms: ['Jake Tapper'], gender: 'male' };
const fallin: HandEntity = { name: 'Mary Fallin', forms: ['Mary Fallin'], gender: 'female' };

const quotesOf = (paragraphs: string[], people: HandEntity[]) =>
  runQuotes(docWith(article(...paragraphs), people)).layers.quotes!.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.speaker?.text ?? null, q.speaker?.name ?? null, q.rule]);

describe('interview turns', () => {
  const intro = 'For two decades Pemba Dorje Sherpa has measured the glacier. He spoke to our climate correspondent, Sofia Lindqvist.';
  it('Q is the interviewer, A the interviewee; the label is the speaker phrase', () => {
    expect(quotesOf([intro, 'Q: What has changed?', 'A: Almost everything.'], [sherpa, lindqvist])).toEqual([
      ['What has changed?', 'Q', 'Sofia Lindqvist', 'interview:question'],
      ['Almost everything.', 'A', 'Pemba Dorje Sherpa', 'interview:answer'],
    ]);
  });
  it('stand-alone quoted paragraphs of an interview are turns: a question the interviewer’s', () => {
    const q = quotesOf([intro, 'Q: What has changed?', 'A: Almost everything.', '“Mountains or the sea?”', '“Mountains. Obviously.”'], [sherpa, lindqvist]);
    expect(q.slice(2).map((x) => [x[0], x[2]])).toEqual([
      ['Mountains or the sea?', 'Sofia Lindqvist'],
      ['Mountains. Obviously.', 'Pemba Dorje Sherpa'],
    ]);
  });
  it('a transcript’s capital labels name the person', () => {
    expect(quotesOf(['Fallin spoke to Jake Tapper on Sunday.', 'TAPPER: Is he a healer?', 'FALLIN: I think he is trying.'], [tapper, fallin]).map((x) => [x[0], x[2]])).toEqual([
      ['Is he a healer?', 'Jake Tapper'],
      ['I think he is trying.', 'Mary Fallin'],
    ]);
  });
  it.each([
    ['one labelled paragraph is no interview', ['Pemba Dorje Sherpa spoke on Monday.', 'Q: What now?']],
    ['editors’ labels are no speakers', ['Pemba Dorje Sherpa spoke on Monday.', 'UPDATE: The vote was moved.', 'EDITOR’S NOTE: This story has been corrected.']],
    ['a one-letter capital is no name label', ['Pemba Dorje Sherpa spoke on Monday.', 'I: first point.', 'I: second point.']],
  ])('counter-example: %s', (_name, paragraphs) => {
    expect(quotesOf(paragraphs, [sherpa])).toEqual([]);
  });
});

describe('alternating turns of dialogue', () => {
  const ann: HandEntity = { name: 'Ann Lee', forms: ['Ann Lee', 'Ann'], gender: 'female' };
  const bob: HandEntity = { name: 'Bob Ray', forms: ['Bob Ray', 'Bob'], gender: 'male' };
  it('a bare quoted paragraph after turns by two people is the other one’s turn', () => {
    const q = quotesOf(['Ann Lee met Bob Ray in the bar.', '“Where were you?” Ann asked.', '“Out,” Bob replied.', '“Out where?”', '“Just out.”'], [ann, bob]);
    expect(q.map((x) => x[2])).toEqual(['Ann Lee', 'Bob Ray', 'Ann Lee', 'Bob Ray']);
    expect(q[2]![3]).toMatch(/^dialogue:alternating-turns/);
  });
  it.each([
    // Counter-examples: one person quoted over several paragraphs (news), and a turn after narration.
    ['one speaker goes on', ['Ann Lee spoke on Monday.', '“We will win,” Ann said.', '“We have the votes,” she added.', '“And the money.”'], ['Ann Lee', 'Ann Lee', 'Ann Lee']],
    ['the turn before is narration, not dialogue', ['Ann Lee met Bob Ray in the bar, where the band had stopped playing and the lights were coming up over the long counter. “Where were you?” Ann asked.', '“Out,” Bob replied.', '“Just out.”'], ['Ann Lee', 'Bob Ray', 'Bob Ray']],
  ])('counter-example: %s', (_name, paragraphs, speakers) => {
    expect(quotesOf(paragraphs, [ann, bob]).map((x) => x[2])).toEqual(speakers);
  });
});
