import { describe, expect, it } from 'vitest';
import { bestPlace, countryName, gazetteer, gazetteerLoadMs, gazetteerMarks, lookup, phraseWords } from '../../src/data/gazetteer.js';

const place = (name: string) => bestPlace(lookup(phraseWords(name)));

describe('gazetteer', () => {
  it.each([
    ['Beijing', 'city', 'CN'],
    ['Vienna', 'city', 'AT'],
    ['Washington', 'city', 'US'],
    ['China', 'country', 'CN'],
    ['US', 'country', 'US'],
    ['U.S.', 'country', 'US'],
    ['United States', 'country', 'US'],
    ['Britain', 'country', 'GB'],
    ['Georgia', 'country', 'GE'],
    ['California', 'state', 'US'],
    ['Calif.', 'state', 'US'],
    ['South America', 'continent', undefined],
    ['Bali', 'region', 'ID'],
    ['Middle East', 'region', undefined],
  ])('%s is a %s (%s)', (name, kind, country) => {
    const p = place(name);
    expect(p?.kind).toBe(kind);
    expect(p?.country).toBe(country);
  });

  it.each([
    ['Chinese', 'CN'],
    ['Syrian', 'SY'],
    ['American', 'US'],
    ['British', 'GB'],
  ])('%s is a nationality (%s), never a place', (word, code) => {
    expect(lookup([word])?.some((e) => e.kind === 'nationality' && e.country === code)).toBe(true);
    expect(place(word)).toBeUndefined();
  });

  it.each([
    ['US', 'United States'],
    ['GB', 'United Kingdom'],
    ['RU', 'Russia'],
    ['SY', 'Syria'],
  ])('everyday country name of %s is %s', (code, name) => expect(countryName(code)).toBe(name));

  it('marks the longest listed phrase from each capitalized word', () => {
    expect(gazetteerMarks(['in', 'South', 'America', 'and', 'us'])).toEqual([[], ['continent:Bm'], ['continent:Im', 'country:B'], [], []]);
  });

  it('loads once, quickly', () => {
    const g = gazetteer();
    expect(gazetteer()).toBe(g);
    expect(g.index.size).toBeGreaterThan(4000);
    expect(gazetteerLoadMs).toBeLessThan(500);
  });
});
