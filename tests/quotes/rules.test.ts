/**
 * Attribution rules added for PolNeAR-style news: each table has the pattern and counter-examples
 * where the rule must not fire. Docs come from the real structure + tokens stages with hand-made entities.
 */
import { describe, expect, it } from 'vitest';
import { article, docWith, runQuotes, type HandEntity } from './support.js';

const mcconnell: HandEntity = { name: 'Mitch McConnell', forms: ['Mitch McConnell', 'McConnell'], gender: 'male' };
const obama: HandEntity = { name: 'Barack Obama', forms: ['Barack Obama', 'Obama'], gender: 'male' };
const police: HandEntity = { type: 'org', name: 'Chicago Police Department', forms: ['Chicago Police Department'] };
const clinton: HandEntity = { name: 'Hillary Clinton', forms: ['Hillary Clinton', 'Clinton'], gender: 'female' };
const people = [mcconnell, obama, police, clinton];

/** [quote text, speaker as written, speaker name] of the article's direct quotes. */
function direct(paragraphs: string[], config = {}) {
  const doc = runQuotes(docWith(article(...paragraphs), people), config);
  return doc.layers.quotes!.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.speaker?.text ?? null, q.speaker?.name ?? null]);
}

describe('relative pronoun as the subject of the cue', () => {
  it.each([
    ['who, after an apposition', 'Obama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the goal was to make Obama a “one-term president.”', ['one-term president.', 'who', 'Mitch McConnell']],
    ['which, right after the noun', 'They turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city.', ['2,521 shooting incidents', 'which', 'Chicago Police Department']],
    // Counter-examples: a relative clause inside another reporting clause is what is reported.
    ['inside an outer cue (told … who suggested)', 'Obama told a young woman who suggested that some people may not vote that “this is not the first generation to face it.”', ['this is not the first generation to face it.', 'Obama', 'Barack Obama']],
    ['inside an outer cue (saying anybody who complains)', 'Clinton had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”', ['is not having a good night.', 'Clinton', 'Hillary Clinton']],
  ])('%s', (_name, paragraph, expected) => {
    expect(direct([paragraph])[0]).toEqual(expected);
  });
});

describe('archive copy with doubled apostrophes left unread', () => {
  const paragraphs = ["She said ''I had to step back and think, 'This is their lives.'.''", "''It's different,'' said Mr. Obama."];
  it('reads its single marks as nested quotations, not as UK-style speech', () => {
    expect(direct(paragraphs)).toEqual([]);
  });
  it('with quotes.doubledApostrophes the doubled marks are the quotes', () => {
    expect(direct(paragraphs, { quotes: { doubledApostrophes: true } }).map((q) => q[0])).toEqual(["I had to step back and think, 'This is their lives.'.", "It's different,"]);
  });
  it('an article with single marks only still quotes speech with them (counter-example)', () => {
    expect(direct(["Minister says 'we will win' the vote, Obama said."]).map((q) => q[0])).toEqual(['we will win']);
  });
});
