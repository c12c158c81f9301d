/**
 * Quality on hand-made gold: the reference article (thresholds from the tracker), two more fixture
 * articles of our own held to the same standard, and the rest of our fixtures held to their measured
 * floors. Gold files are truth, never regenerated.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate.js';
import { toOutput, type ArticleOutput } from '../src/model/output.js';
import { scoreSeed, seedSummary, type Gold } from '../src/eval/score-fixtures.js';

const root = path.resolve(import.meta.dirname, '..');
const fixture = (name: string) => path.join(root, 'fixtures', name);
const outputs = new Map<string, ArticleOutput>();
function run(name: string): { gold: Gold; output: ArticleOutput } {
  if (!outputs.has(name)) outputs.set(name, toOutput(annotate(fs.readFileSync(fixture(`${name}.txt`), 'utf8'), { id: name })));
  return { gold: JSON.parse(fs.readFileSync(fixture(`${name}.gold.json`), 'utf8')) as Gold, output: outputs.get(name)! };
}

/** At least this share of the gold, rounded down as the tracker's "13 of 14" is. */
const atLeast = (share: number, total: number) => Math.floor(share * total + 1e-9);

describe('reference article (blinken-beijing) meets the tracker thresholds', () => {
  const { gold, output } = run('blinken-beijing');
  const score = scoreSeed(gold, output);
  it('finds the people, places and organizations with few false entities', () => {
    expect(score.people.found, `missed ${score.people.missed}`).toBeGreaterThanOrEqual(13);
    expect(score.places.found, `missed ${score.places.missed}`).toBeGreaterThanOrEqual(10);
    expect(score.organizations.found, `missed ${score.organizations.missed}`).toBe(4);
    const falseEntities = [...score.people.wrong, ...score.places.wrong, ...score.organizations.wrong];
    expect(falseEntities.length, `false: ${falseEntities.join('; ')}`).toBeLessThanOrEqual(2);
    expect(score.personMentions.ok).toBeGreaterThanOrEqual(34);
  });
  it('finds all 22 quotes and at least 20 speakers', () => {
    expect(score.quotes.found).toBe(22);
    expect(score.quotes.speakersRight, score.quotes.wrongSpeakers.join('\n')).toBeGreaterThanOrEqual(20);
  });
  it.each([
    ['he', 'explained', 'Patricia Kim'],
    ['she', 'added', 'Shen Dingli'],
    ['the top US diplomat', 'said', 'Antony Blinken'],
  ])('resolves "%s %s" to %s', (speakerText, cue, speaker) => {
    const quote = output.quotes.find((q) => q.speaker?.text === speakerText && q.cue?.text === cue);
    expect(quote?.speaker?.name).toBe(speaker);
  });
  it('continues the previous speaker in the final paragraph', () => {
    const last = output.quotes.filter((q) => q.kind !== 'indirect').at(-1)!;
    expect(last.text).toMatch(/^This is an important step/);
    expect(last.speaker?.name).toBe('Antony Blinken');
  });
  it('finds at least 8 of the 11 issues', () => {
    expect(score.issues.found).toBeGreaterThanOrEqual(8);
  });
  it('recognizes section, headline, subheading, caption and trailing boilerplate', () => {
    expect(output.structure.section?.text).toBe(gold.structure.section);
    expect(output.structure.headline?.text).toBe(gold.structure.headline);
    expect(output.structure.subheadings.map((s) => s.text)).toEqual(gold.structure.subheadings);
    expect(output.structure.captions.map((s) => s.text)).toEqual(gold.structure.captions);
    expect(output.structure.boilerplate.map((s) => s.text)).toEqual(gold.structure.boilerplate);
  });
});

describe.each(['rotterdam-port-strike', 'ohio-measles-outbreak'])('our own fixture %s meets the same standard', (name) => {
  const { gold, output } = run(name);
  const score = scoreSeed(gold, output);
  it('entities', () => {
    expect(score.people.found, `missed ${score.people.missed}`).toBeGreaterThanOrEqual(atLeast(13 / 14, score.people.total));
    expect(score.places.found, `missed ${score.places.missed}`).toBeGreaterThanOrEqual(atLeast(10 / 11, score.places.total));
    expect(score.organizations.found, `missed ${score.organizations.missed}`).toBeGreaterThanOrEqual(atLeast(0.75, score.organizations.total));
    const falseEntities = [...score.people.wrong, ...score.places.wrong, ...score.organizations.wrong];
    expect(falseEntities.length, `false: ${falseEntities.join('; ')}`).toBeLessThanOrEqual(2);
    expect(score.personMentions.ok).toBeGreaterThanOrEqual(atLeast(34 / 38, score.personMentions.total));
  });
  it('quotes and speakers', () => {
    expect(score.quotes.found).toBe(score.quotes.total);
    expect(score.quotes.speakersRight, score.quotes.wrongSpeakers.join('\n')).toBeGreaterThanOrEqual(atLeast(20 / 22, score.quotes.total));
    expect(score.quotes.kindsRight).toBeGreaterThanOrEqual(score.quotes.total - 1);
  });
  it('issues', () => {
    expect(score.issues.found).toBeGreaterThanOrEqual(atLeast(8 / 11, score.issues.total));
  });
  it('structure', () => {
    expect(output.structure.section?.text).toBe(gold.structure.section);
    expect(output.structure.headline?.text).toBe(gold.structure.headline);
    expect(output.structure.boilerplate.map((s) => s.text)).toEqual(gold.structure.boilerplate);
  });
});

/**
 * The team's other fixture articles (other beats and styles, hand-made gold): floors measured on
 * 2026-12-02 (`node scripts/eval-all.mjs` prints the same numbers in docs/ACCURACY.md), so that a
 * change that loses people, quotes or speakers on them fails here. They are floors, not aims: the
 * gold is the aim, and a floor is raised when a change lifts the number. One of slack on the counts
 * the tagger or ranker may move by one; none on quotes found.
 */
const FLOORS: [string, { people: number; places: number; organizations: number; falseEntities: number; quotes: number; speakers: number }][] = [
  ['court-flood-charity-fraud', { people: 9, places: 10, organizations: 4, falseEntities: 2, quotes: 11, speakers: 10 }], // of 9/10/6, 11 quotes
  ['feature-atacama-lithium-water', { people: 10, places: 15, organizations: 10, falseEntities: 8, quotes: 21, speakers: 15 }], // of 10/20/10, 21 quotes
  ['football-match-leicester-forest', { people: 12, places: 1, organizations: 8, falseEntities: 4, quotes: 11, speakers: 10 }], // of 12/1/8, 11 quotes
  ['local-politics-grimsby-docks', { people: 7, places: 4, organizations: 4, falseEntities: 8, quotes: 10, speakers: 8 }], // of 7/12/6, 10 quotes
  ['markets-veltrax-warning', { people: 7, places: 14, organizations: 15, falseEntities: 8, quotes: 9, speakers: 8 }], // of 7/17/20, 9 quotes
  ['obituary-ismail-hashim-oceanographer', { people: 10, places: 25, organizations: 8, falseEntities: 4, quotes: 8, speakers: 6 }], // of 10/25/9, 8 quotes
  ['opinion-roundup-belgrave-road', { people: 10, places: 7, organizations: 3, falseEntities: 3, quotes: 21, speakers: 16 }], // of 10/10/3, 25 quotes
  ['postmatch-managers-kingsmere-northbridge', { people: 9, places: 4, organizations: 2, falseEntities: 6, quotes: 20, speakers: 17 }], // of 9/4/4, 20 quotes
  ['press-conference-denver-electric-buses', { people: 4, places: 3, organizations: 6, falseEntities: 3, quotes: 19, speakers: 17 }], // of 4/4/6, 19 quotes
  ['qa-interview-khumbu-glaciologist', { people: 0, places: 5, organizations: 1, falseEntities: 7, quotes: 23, speakers: 22 }], // of 2/7/1, 23 quotes
  ['report-and-email-brunswick-mould', { people: 3, places: 3, organizations: 4, falseEntities: 2, quotes: 18, speakers: 14 }], // of 3/3/4, 18 quotes
  ['science-health-heat-kidney', { people: 3, places: 9, organizations: 8, falseEntities: 7, quotes: 9, speakers: 7 }], // of 4/9/10, 9 quotes
  ['trial-testimony-leeds-warehouse-fire', { people: 9, places: 3, organizations: 2, falseEntities: 2, quotes: 25, speakers: 17 }], // of 9/3/3, 25 quotes
  ['wire-dateline-jakarta-nickel', { people: 11, places: 10, organizations: 6, falseEntities: 6, quotes: 9, speakers: 6 }], // of 11/11/8, 9 quotes
];

describe.each(FLOORS)('our fixture %s holds its measured floors', (name, floor) => {
  const { gold, output } = run(name);
  const score = scoreSeed(gold, output);
  it('people, places, organizations', () => {
    expect(score.people.found, `missed ${score.people.missed}`).toBeGreaterThanOrEqual(floor.people - 1);
    expect(score.places.found, `missed ${score.places.missed}`).toBeGreaterThanOrEqual(floor.places - 1);
    expect(score.organizations.found, `missed ${score.organizations.missed}`).toBeGreaterThanOrEqual(floor.organizations - 1);
    const falseEntities = [...score.people.wrong, ...score.places.wrong, ...score.organizations.wrong];
    expect(falseEntities.length, `false: ${falseEntities.join('; ')}`).toBeLessThanOrEqual(floor.falseEntities + 1);
  });
  it('quotes and speakers', () => {
    expect(score.quotes.found).toBeGreaterThanOrEqual(floor.quotes);
    expect(score.quotes.speakersRight, score.quotes.wrongSpeakers.join('\n')).toBeGreaterThanOrEqual(floor.speakers - 1);
  });
});

const scorer = path.resolve(root, '../shared/tools/score.mjs');
describe.skipIf(!fs.existsSync(scorer))('the seed scorer used here agrees with ../shared/tools/score.mjs', () => {
  it.each(['blinken-beijing', 'rotterdam-port-strike', 'ohio-measles-outbreak'])('%s', (name) => {
    const { gold, output } = run(name);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-seed-')), 'out.json');
    fs.writeFileSync(file, JSON.stringify(output));
    const printed = execFileSync(process.execPath, [scorer, 'seed', fixture(`${name}.gold.json`), file], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    // score.mjs also counts entities split off a gold entity; ours leaves that number out.
    expect(printed.replace(/ split \d+/g, '')).toBe(`seed ${seedSummary(scoreSeed(gold, output))}`.replace(/personMentions (\S+), places/, 'personMentions $1, places'));
  });
});
