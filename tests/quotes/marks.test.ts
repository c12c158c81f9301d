import { describe, expect, it } from 'vitest';
import { paragraphUnits, scanQuotes } from '../../src/quotes/marks.js';
import { splitBlocks } from '../../src/annotators/structure.js';

const scan = (text: string, doubledApostrophes = false) => {
  const units = paragraphUnits(text, splitBlocks(text));
  const result = scanQuotes(text, units, { doubledApostrophes });
  return { ...result, texts: result.spans.map((s) => text.slice(s.start, s.end)), top: result.spans.filter((s) => s.depth === 0).map((s) => text.slice(s.start, s.end)) };
};

describe('quote marks', () => {
  it.each([
    ['curly double', 'He said “we will win” today.', ['we will win']],
    ['straight double', 'He said "we will win" today.', ['we will win']],
    ['guillemets', 'Il a dit «nous gagnerons» hier.', ['nous gagnerons']],
    ['German low-high', 'Er sagte „wir gewinnen“ heute.', ['wir gewinnen']],
    ['single marks alone (UK style)', 'Minister: ‘We will win’ the vote', ['We will win']],
    ['straight single marks alone', "Minister says 'we will win' the vote", ['we will win']],
    ['marks excluded, trailing punctuation kept', '“Fine.” “Good,” she said.', ['Fine.', 'Good,']],
  ])('%s', (_name, text, expected) => {
    expect(scan(text).top).toEqual(expected);
  });

  // Archive copy (old NYT text) writes double marks as two apostrophes or backquotes; it is opt-in
  // (quotes.doubledApostrophes), since current copy and the PolNeAR convention do not read them as marks.
  it.each([
    ['two apostrophes', "''We will win,'' he said.", ['We will win,']],
    ['backquotes and apostrophes', "``We will win,'' he said.", ['We will win,']],
    ['doubled curly singles', '‘‘We will win,’’ he said.', ['We will win,']],
    ['an apostrophe inside', "''It's anti-reform,'' said Mr. Holtz-Eakin.", ["It's anti-reform,"]],
    ['a single quotation nested inside', "''He called it 'a disaster' twice,'' she said.", ["He called it 'a disaster' twice,"]],
  ])('doubled apostrophes as double marks when enabled: %s', (_name, text, expected) => {
    expect(scan(text, true).top).toEqual(expected);
    // Off (the default) the pair is no mark, and neither apostrophe of it opens a single quotation.
    expect(scan(text).top.filter((t) => expected.includes(t))).toEqual([]);
  });

  it.each([
    ['two apostrophes', "''We will win,'' he said.", []],
    ['an apostrophe inside', "''It's anti-reform,'' said Mr. Holtz-Eakin.", []],
    ['real double marks still read', "''Fine,'' he said. \"We will win,\" she said.", ['We will win,']],
    ['single marks still read', "Minister says 'we will win' the vote, ''maybe''", ['we will win']],
  ])('doubled apostrophes are no marks by default: %s', (_name, text, expected) => {
    expect(scan(text).top).toEqual(expected);
    expect(scan(text).diagnostics).toEqual([]);
  });

  it('keeps single marks nested inside double marks as nested, not top-level', () => {
    const r = scan('“He called it ‘a disaster’ twice,” she said.');
    expect(r.top).toEqual(['He called it ‘a disaster’ twice,']);
    expect(r.spans.find((s) => s.depth === 1)).toMatchObject({ style: 'single' });
    expect(r.texts).toContain('a disaster');
  });

  it('ignores double marks of the other kind inside a quotation', () => {
    expect(scan('"PENCE: This is an episode of “Shark Tank.” But this is America."').top).toEqual(['PENCE: This is an episode of “Shark Tank.” But this is America.']);
  });

  it.each([
    ['contractions', 'Don’t say it’s over, they’re here.'],
    ['decades', 'Back in the ’90s and the \'80s it was different.'],
    ['plural possessive', 'The Joneses’ house and the Smiths\' car.'],
    ['rock ’n’ roll', 'He loved rock ’n’ roll and ’em all.'],
    ['inches', 'He is 6\'3" tall and weighs 236 pounds.'],
    ['markup attributes', '<tweet author="someone" id="123"></tweet> Nothing quoted here.'],
  ])('apostrophes and other marks that are not quotations: %s', (_name, text) => {
    expect(scan(text).top).toEqual([]);
  });

  it('splits a quotation running over paragraphs into one span per paragraph', () => {
    const text = '“The first part goes on\n\n“and the second part ends here,” she said.';
    const r = scan(text);
    expect(r.top).toEqual(['The first part goes on', 'and the second part ends here,']);
    expect(r.spans[0]).toMatchObject({ runsOn: true, close: null });
    expect(r.spans[1]).toMatchObject({ continues: true });
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ['never closed', '“This quotation never closes.\n\nThe next paragraph is plain narration.', ['This quotation never closes.'], 'quotes/unclosed-mark'],
    ['reopened before closing', '“One “Two” three.', ['One', 'Two'], 'quotes/reopened-mark'],
  ])('unbalanced marks (%s) give a diagnostic and never swallow the article', (_name, text, expected, code) => {
    const r = scan(text);
    expect(r.top).toEqual(expected);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics.every((d) => d.stage === 'quotes')).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toContain(code);
  });

  it('reports a closing mark with no opening mark', () => {
    const r = scan('This ends” without an opening.');
    expect(r.top).toEqual([]);
    expect(r.diagnostics[0]?.message).toMatch(/no opening mark/);
    expect(r.diagnostics[0]?.code).toBe('quotes/unmatched-close');
  });
});
