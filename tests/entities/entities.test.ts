import { describe, expect, it } from 'vitest';
import { createDoc, type Entity, type Mention } from '../../src/model/document.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { entities } from '../../src/annotators/entities.js';
import { withoutModifiedArticle } from '../../src/entities/mentions.js';

const pipeline = createPipeline([structure, tokens, entities]);

function run(text: string): { mentions: Mention[]; entities: Entity[] } {
  const doc = pipeline.run(createDoc('t', text));
  return { mentions: doc.layers.mentions ?? [], entities: doc.layers.entities ?? [] };
}
const byName = (text: string, name: string) => run(text).entities.find((e) => e.name === name);

describe('entities stage: mentions', () => {
  it('leaves the possessive out of the mention', () => {
    const { mentions } = run('Antony Blinken arrived on Monday. Blinken’s visit is short.');
    expect(mentions.map((m) => m.text)).toEqual(['Antony Blinken', 'Blinken']);
  });

  it('keeps parenthesized given names inside one person mention', () => {
    const text = 'The deal President (Joe) Biden and President Xi (Jinping) agreed to in Bali holds. Biden said so.';
    const { mentions, entities: es } = run(text);
    const people = es.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Joe Biden', 'Xi Jinping']));
    expect(mentions.some((m) => m.text === 'Xi (Jinping)' || m.text === 'President Xi (Jinping)')).toBe(true);
    expect(mentions.every((m) => (m.text.match(/\(/g) ?? []).length === (m.text.match(/\)/g) ?? []).length)).toBe(true);
  });

  it.each([
    ['Muslims traveling to the U.S. The President later acted.', 'U.S.'],
    ['A report by J. P. Morgan said so.', 'J. P. Morgan'],
  ])('a capitalized article after an abbreviation opens a sentence, initials do not: %s', (text, name) => {
    const { mentions } = run(text);
    expect(mentions.map((m) => m.text)).toContain(name);
    expect(mentions.some((m) => /\bThe\b/.test(m.text))).toBe(false);
  });

  it.each([
    ['Boats were found, and the Indonesian Navy reportedly saved 200 more.', ['org:Indonesian Navy']],
    ['The system was backed by the British Red Cross in September.', ['org:British Red Cross']],
    ['He won the British Open on Sunday.', []],
    ['Chinese officials met on Monday.', []],
  ])('a nationality and an organization word make an organization, an event or a bare nationality none: %s', (text, expected) => {
    expect(run(text).mentions.map((m) => `${m.type}:${m.text}`)).toEqual(expected);
  });

  it('splits US-China into two places and links US with United States', () => {
    const { entities: es } = run('US-China relations are tense. The United States wants talks with China.');
    const us = es.find((e) => e.name === 'United States')!;
    expect(us.country).toBe('US');
    expect(us.mentionIds).toHaveLength(2);
    expect(es.find((e) => e.name === 'China')?.mentionIds).toHaveLength(2);
  });

  it('never outputs a nationality as a place', () => {
    const { entities: es } = run('Syrian troops and Chinese officials met in Damascus on Monday.');
    expect(es.map((e) => e.name)).not.toContain('Syrian');
    expect(es.map((e) => e.name)).not.toContain('Chinese');
    expect(es.find((e) => e.name === 'Damascus')?.type).toBe('place');
  });

  it('links an acronym to the organization it abbreviates', () => {
    const { entities: es, mentions } = run('Leaders of the Asia-Pacific Economic Cooperation (APEC) meet in November. APEC was founded in 1989.');
    const apec = es.find((e) => e.name === 'Asia-Pacific Economic Cooperation');
    expect(apec?.type).toBe('org');
    expect(apec?.mentionIds.length).toBe(3);
    expect(mentions.some((m) => m.source === 'link:acronym')).toBe(true);
  });

  it('finds the place in an all-caps dateline', () => {
    const { entities: es } = run('WASHINGTON — The Senate voted on Tuesday to approve the bill.');
    expect(es.find((e) => e.type === 'place')?.name).toBe('WASHINGTON');
  });
});

describe('entities stage: layout rules', () => {
  it('reads a byline as its author', () => {
    const { entities: es } = run('Strike shuts port\n\nBy Elena Marsh\n\nDockworkers walked off the job on Monday in Rotterdam.');
    expect(es.find((e) => e.name === 'Elena Marsh')?.type).toBe('person');
  });

  it('finds the agency in a dateline', () => {
    const { mentions } = run('COLUMBUS, Ohio (AP) — Health officials reported new cases on Thursday.');
    const ap = mentions.find((m) => m.text === 'AP');
    expect(ap?.type).toBe('org');
    expect(ap?.source).toBe('rule:credit');
  });

  it('splits a photo credit at the slash', () => {
    const { mentions } = run('Talks resumed on Monday.\n\nThe minister arrives in Beijing. Credit: Millis/Reuters\n\nMore talks are planned.');
    expect(mentions.find((m) => m.text === 'Reuters')?.type).toBe('org');
  });

  it('links a two-word surname to the full name', () => {
    const { entities: es } = run('“We are done,” said Niels van Dijk, a spokesman for the union. Van Dijk called the offer an insult.');
    expect(es.find((e) => e.name === 'Niels van Dijk')?.mentionIds).toHaveLength(2);
  });

  it('skips a section kicker', () => {
    const { mentions } = run('Health\n\nMeasles outbreak grows in Ohio\n\nHealth officials in Ohio reported 14 new cases on Thursday.');
    expect(mentions.map((m) => m.text)).not.toContain('Health');
  });
});

describe('entities stage: title-only mentions', () => {
  it('links "the secretary" to the one person with that title', () => {
    const { mentions, entities: es } = run('Defense Secretary Lloyd Austin met reporters on Monday. The secretary said talks would go on.');
    const title = mentions.find((m) => m.form === 'title');
    expect(title?.text).toBe('The secretary');
    expect(title?.source).toBe('link:title');
    expect(es.find((e) => e.id === title?.entityId)?.name).toBe('Lloyd Austin');
  });

  it.each([
    ['U.S. President Donald Trump spoke on Monday. The President later acted.', 'The President'],
    ['Defense Secretary Lloyd Austin met reporters. Later the Secretary said talks would go on.', 'the Secretary'],
  ])('a capitalized title works the same: %s', (text, expected) => {
    const { mentions } = run(text);
    expect(mentions.filter((m) => m.form === 'title').map((m) => m.text)).toEqual([expected]);
  });

  it('a title right before a name stays with that name', () => {
    const { mentions } = run('U.S. President Donald Trump spoke on Monday. The President Donald Trump later acted.');
    expect(mentions.some((m) => m.form === 'title')).toBe(false);
  });

  it('does not link when two people share the title word', () => {
    const { mentions } = run('Defense Secretary Lloyd Austin met Treasury Secretary Janet Yellen on Monday. The secretary said talks would go on.');
    expect(mentions.some((m) => m.form === 'title')).toBe(false);
  });
});

describe('entities stage: attributes', () => {
  it.each([
    ['US Secretary of State Antony Blinken arrived in Beijing on Sunday.', 'Antony Blinken', 'Secretary of State', 'United States'],
    ['China rejected a meeting with Chinese Defense Minister Li Shangfu last month.', 'Li Shangfu', 'Defense Minister', 'China'],
    ['“It matters,” said Patricia Kim, a fellow at the Brookings Institution, on Friday.', 'Patricia Kim', 'fellow', 'Brookings Institution'],
    ['He spoke with the foreign minister of Singapore, Vivian Balakrishnan, on Friday.', 'Vivian Balakrishnan', 'foreign minister', 'Singapore'],
    ['Talks continued, said Shen Dingli, a China foreign policy expert in Shanghai.', 'Shen Dingli', 'China foreign policy expert', undefined],
  ])('%s', (text, name, title, affiliation) => {
    const e = byName(text, name);
    expect(e?.title).toBe(title);
    expect(e?.affiliation).toBe(affiliation);
  });

  it.each([
    ['Mr. Tom Smith spoke to reporters on Monday. Smith left early.', 'Tom Smith', 'male'],
    ['Ms. Jane Walker spoke to reporters on Monday.', 'Jane Walker', 'female'],
  ])('gender: %s', (text, name, gender) => expect(byName(text, name)?.gender).toBe(gender));

  it.each([
    ['Officials met in Vienna on Monday.', 'Vienna', 'city', 'AT'],
    ['Officials met in Ukraine on Monday.', 'Ukraine', 'country', 'UA'],
    ['Officials from South America met on Monday.', 'South America', 'continent', undefined],
  ])('place: %s', (text, name, kind, country) => {
    const e = byName(text, name);
    expect(e?.kind).toBe(kind);
    expect(e?.country).toBe(country);
  });

  it.each([
    ['A State Department official spoke on Monday.', 'State Department', 'government'],
    ['Shares of Apple Inc. rose on Monday.', 'Apple Inc.', 'company'],
  ])('organization kind: %s', (text, name, kind) => expect(run(text).entities.find((e) => e.type === 'org' && e.name.startsWith(name.replace(/\.$/, '')))?.kind).toBe(kind));
});

describe('withoutModifiedArticle', () => {
  // The span covers tokens 0..end-1 as the tagger gave it, "The" included.
  it.each<[string, number, 'ORG' | 'LOC', string]>([
    ['The Home Office letter reads that the scheme will end.', 3, 'ORG', 'Home Office'],
    ['The Huffington Post reported the deal on Monday.', 3, 'ORG', 'The Huffington Post'],
    ['The Netherlands drew 2-2 with Brazil.', 2, 'LOC', 'The Netherlands'],
    ['The Home Office, letters show, agreed.', 3, 'ORG', 'The Home Office'],
  ])('%s', (text, end, type, expected) => {
    const toks = createPipeline([structure, tokens]).run(createDoc('t', text)).layers.tokens ?? [];
    const sp = withoutModifiedArticle(toks, { start: 0, end, type });
    expect(text.slice(toks[sp.start]!.start, toks[sp.end - 1]!.end)).toBe(expected);
  });
});

