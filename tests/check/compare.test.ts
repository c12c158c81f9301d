/** compareOutputs says each difference in words and honours the tolerances. */
import { describe, expect, it } from 'vitest';
import { compareOutputs, DEFAULT_COMPARE, type CompareOptions } from '../../src/eval/compare.js';
import { annotate } from '../../src/annotate.js';
import { toOutput } from '../../src/model/output.js';

const text = 'x'.repeat(1300);
const m = (start: number, end: number, form = 'name') => ({ start, end, text: text.slice(start, end), form });

function base(): Record<string, any> {
  return {
    id: 'article',
    schema: 'newsmark/1',
    structure: { section: null, headline: { start: 0, end: 20, text: 'h' }, subheadings: [], datelines: [], bylines: [], captions: [], boilerplate: [], paragraphs: [{ start: 22, end: 300 }], sentences: [{ start: 22, end: 100 }] },
    people: [
      { id: 'e1', name: 'Antony Blinken', title: 'Secretary of State', mentions: [m(10, 17), m(1208, 1222)] },
      { id: 'e2', name: 'Li Shangfu', mentions: [m(400, 410)] },
      { id: 'e3', name: 'Patricia Kim', mentions: [m(500, 512)] },
    ],
    places: [{ id: 'e4', name: 'Beijing', kind: 'city', country: 'CN', mentions: [m(30, 37)] }],
    organizations: [],
    quotes: [
      { id: 'q1', kind: 'full', start: 600, end: 640, text: 'q', speaker: { name: 'Antony Blinken', entity: 'e1', start: 10, end: 17, text: 'Blinken' }, cue: { start: 642, end: 646, text: 'said', lemma: 'say' }, confidence: 0.9, rule: 'said-after' },
      { id: 'q2', kind: 'full', start: 700, end: 740, text: 'q', speaker: { name: 'Patricia Kim', entity: 'e3' }, cue: null, confidence: 0.8, rule: 'colon' },
    ],
    quotations: [],
    speakers: [{ name: 'Antony Blinken', entity: 'e1', quotes: 1, words: 8 }],
    issues: [{ label: 'diplomacy', iptc: 'medtop:20000565', topic: 'diplomacy', score: 0.8, evidence: [{ start: 50, end: 60, text: 'e' }] }],
    keyphrases: [{ text: 'trade talks', score: 0.7 }],
    dates: [],
    diagnostics: [{ stage: 'quotes', code: 'quotes/unclosed-mark', severity: 'warning', message: 'unbalanced quote mark', start: 900, end: 901 }],
  };
}

const diff = (change: (o: Record<string, any>) => void, options: Partial<CompareOptions> = {}) => {
  const actual = base();
  change(actual);
  return compareOutputs(base(), actual, { ...DEFAULT_COMPARE, ...options }).map((d) => d.message);
};

describe('compareOutputs', () => {
  it('finds nothing between equal outputs', () => expect(diff(() => {})).toEqual([]));

  it.each<[string, (o: Record<string, any>) => void, string[]]>([
    ['a quote lost its speaker', (o) => (o.quotes[1].speaker = null), ['quote 2: speaker expected Patricia Kim, got none']],
    ['a person is missing', (o) => o.people.splice(1, 1), ['people: missing Li Shangfu']],
    ['a place is unexpected', (o) => o.places.push({ id: 'e9', name: 'State Antony', mentions: [m(800, 812)] }), ["places: unexpected 'State Antony'"]],
    ['a mention moved', (o) => (o.people[0].mentions[1] = m(1211, 1222)), ["people 'Antony Blinken': mention 2 expected [1208,1222) got [1211,1222)"]],
    ['a mention went to another entity', (o) => o.people[2].mentions.push(o.people[1].mentions.pop()), ["people 'Li Shangfu': mention 1 [400,410) 'xxxxxxxxxx' missing (now in people 'Patricia Kim')", "people 'Patricia Kim': unexpected mention [400,410) 'xxxxxxxxxx'"]],
    ['a person renamed keeps its mentions', (o) => (o.people[1].name = 'Shangfu Li'), ["people 'Li Shangfu': name expected 'Li Shangfu', got 'Shangfu Li'"]],
    ['an attribute changed', (o) => delete o.people[0].title, ["people 'Antony Blinken': title expected Secretary of State, got none"]],
    ['a mention form changed', (o) => (o.people[0].mentions[0].form = 'title'), ["people 'Antony Blinken': mention 1 [10,17) 'xxxxxxx' form expected name, got title"]],
    ['a quote span moved', (o) => (o.quotes[0].end = 645), ['quote 1: span expected [600,640) got [600,645)']],
    ['a quote is missing', (o) => o.quotes.splice(0, 1), ["quote 1 [600,640) 'q' by Antony Blinken missing"]],
    ['a quote kind changed', (o) => (o.quotes[0].kind = 'partial'), ['quote 1: kind expected full, got partial']],
    ['a cue changed', (o) => (o.quotes[0].cue = null), ["quote 1: cue expected [642,646) 'said', got none"]],
    ['an issue is missing', (o) => (o.issues = []), ["issues: missing 'diplomacy' (medtop:20000565)"]],
    ['a quote is new', (o) => o.quotes.push({ id: 'q3', kind: 'partial', start: 1000, end: 1010, speaker: null, cue: null, confidence: 0.5, rule: 'r' }), ["quotes: unexpected partial quote [1000,1010)"]],
    ['the article was edited under a mention', (o) => (o.people[1].mentions[0].text = 'Li Shangfo'), ["people 'Li Shangfu': mention 1 [400,410): text expected 'xxxxxxxxxx', got 'Li Shangfo' (was the article edited?)"]],
    ['a keyphrase is new', (o) => o.keyphrases.push({ text: 'tariffs', score: 0.1 }), ["keyphrases: unexpected 'tariffs'"]],
    ['the headline moved', (o) => (o.structure.headline = { start: 0, end: 21, text: 'h!' }), ["headline: expected [0,20) 'h', got [0,21) 'h!'"]],
    ['a diagnostic appeared', (o) => o.diagnostics.push({ stage: 'entities', code: 'entities/model-missing', severity: 'info', message: 'm' }), ["diagnostics: unexpected info entities/model-missing from entities ('m')"]],
    ['a diagnostic is gone', (o) => (o.diagnostics = []), ["diagnostics: missing warning quotes/unclosed-mark from quotes at [900,901) ('unbalanced quote mark')"]],
    // Matched by code: the same problem found at another place is one difference, not two.
    ['a diagnostic moved', (o) => Object.assign(o.diagnostics[0], { start: 950, end: 951 }), ["diagnostics: warning quotes/unclosed-mark from quotes moved from [900,901) to [950,951) ('unbalanced quote mark')"]],
    // …and another code at the same place is another problem: one missing, one unexpected.
    ['another code at the same place', (o) => (o.diagnostics[0].code = 'quotes/unmatched-close'), ["diagnostics: missing warning quotes/unclosed-mark from quotes at [900,901) ('unbalanced quote mark')", "diagnostics: unexpected warning quotes/unmatched-close from quotes at [900,901) ('unbalanced quote mark')"]],
    ['one code, another severity', (o) => (o.diagnostics[0].severity = 'info'), ['diagnostic quotes/unclosed-mark at [900,901): severity expected warning, got info']],
  ])('%s', (_, change, expected) => {
    expect(diff(change)).toEqual(expected);
  });

  it.each<[string, (o: Record<string, any>) => void]>([
    ['the id', (o) => (o.id = 'fixtures/article.txt')],
    ['the wording of a diagnostic', (o) => (o.diagnostics[0].message = 'a quote mark is not closed')],
    ['entity ids', (o) => { o.people[0].id = 'e7'; o.quotes[0].speaker.entity = 'e7'; o.speakers[0].entity = 'e7'; }],
    ['scores and confidences', (o) => { o.quotes[0].confidence = 0.5; o.issues[0].score = 0.1; o.keyphrases[0].score = 0.2; }],
    ['the order of entities', (o) => o.people.reverse()],
    ['the article text', (o) => (o.text = 'anything')],
  ])('ignores %s', (_, change) => {
    expect(diff(change)).toEqual([]);
  });

  it('matches an expected file written before codes by stage, severity and place', () => {
    const old = base();
    delete old.diagnostics[0].code;
    expect(compareOutputs(old, base(), DEFAULT_COMPARE)).toEqual([]);
    const moved = base();
    moved.diagnostics[0].start = 950;
    expect(compareOutputs(old, moved, DEFAULT_COMPARE).map((d) => d.message)).toEqual(["diagnostics: warning from quotes moved from [900,901) to [950,901) ('unbalanced quote mark')"]);
  });

  it('compares scores when asked', () => {
    expect(diff((o) => (o.quotes[0].confidence = 0.5), { scores: true })).toEqual(['quote 1: confidence expected 0.9, got 0.5']);
  });

  it('leaves out ignored fields and everything under them', () => {
    const change = (o: Record<string, any>) => {
      o.people.splice(1, 1);
      o.quotes[1].speaker = null;
      o.keyphrases = [];
    };
    expect(diff(change, { ignore: ['people', 'quotes.speaker'] })).toEqual(["keyphrases: missing 'trade talks'"]);
  });

  it('accepts overlapping spans with overlap, down to the given ratio', () => {
    const moved = (o: Record<string, any>) => (o.people[0].mentions[1] = m(1211, 1222));
    expect(diff(moved, { overlap: 0 })).toEqual([]);
    expect(diff(moved, { overlap: 0.9 })).toHaveLength(1); // 11/14 shared
  });

  it('sums up instead of listing hundreds of differences in one field', () => {
    const d = diff((o) => (o.structure.sentences = Array.from({ length: 60 }, (_, i) => ({ start: 2000 + i, end: 2001 + i }))));
    expect(d).toHaveLength(26);
    expect(d.at(-1)).toBe('structure: … and 36 more differences'); // 60 unexpected sentences and the one missing
  });
});

describe('compareOutputs on an edited article', () => {
  // An invented article, annotated before and after an edit: every later span moves by the edit's length.
  const ARTICLE = [
    'Harbour city votes on new bridge',
    'Residents of Valdera voted on Sunday on a plan to build a bridge across the harbour, the city council said.',
    '“This bridge will change how we live,” said Mayor Tomas Brenner, who has backed the plan for three years.',
    'Opponents, led by the fishermen’s union, say the bridge will block boats from the old port. Ines Marlow, the union’s leader, said the vote was rushed.',
    'The council expects the results on Monday. If the plan passes, work could start next spring, Brenner said.',
    '“We will keep fighting,” Marlow told reporters outside the town hall.',
  ].join('\n\n');
  const before = toOutput(annotate(ARTICLE, { id: 'bridge' }));
  const compare = (text: string, options: Partial<CompareOptions> = {}) => compareOutputs(before, toOutput(annotate(text, { id: 'bridge' })), { ...DEFAULT_COMPARE, ...options });
  const insertAt = ARTICLE.indexOf('Ines Marlow');

  it('inserted words are one difference, not one per later span', () => {
    const edited = ARTICLE.slice(0, insertAt) + 'The port is older than the city. ' + ARTICLE.slice(insertAt);
    const differences = compare(edited);
    expect(differences[0]).toEqual({ field: 'text', message: `text changed at offset ${insertAt}; later spans shifted by +33`, start: insertAt });
    // What the new words themselves change may follow (keyphrases ranked anew), but no mention, quote or date after them.
    expect(differences.filter((d) => !/^(text|keyphrases)/.test(d.field))).toEqual([]);
  });

  it('removed words likewise, with the shift negative', () => {
    const cut = ARTICLE.indexOf(', who has backed the plan for three years');
    const edited = ARTICLE.slice(0, cut) + ARTICLE.slice(cut + ', who has backed the plan for three years'.length);
    const differences = compare(edited);
    const text = differences.filter((d) => d.field === 'text');
    expect(text).toHaveLength(1);
    expect(text[0]!.message).toMatch(/^text changed (at offset|between offsets) \d+( and \d+)?; later spans shifted by -41$/);
    // The quantity "three years" went with the words: that is said, in the expected offsets.
    const years = ARTICLE.indexOf('three years');
    expect(differences.map((d) => d.message)).toContain(`quantities: missing [${years},${years + 11}) 'three years'`);
    expect(differences.filter((d) => /^(people|places|organizations|quotes)/.test(d.field))).toEqual([]);
  });

  it('two edits are two differences, each with its own shift', () => {
    const second = ARTICLE.indexOf(' If the plan passes');
    const edited = ARTICLE.slice(0, insertAt) + 'The port is old. ' + ARTICLE.slice(insertAt, second) + ARTICLE.slice(second + ' If the plan passes,'.length).replace(/^ work/, ' Work');
    const text = compare(edited).filter((d) => d.field === 'text').map((d) => d.message);
    expect(text).toHaveLength(2);
    expect(text[0]).toMatch(/shifted by \+17$/);
    expect(text[1]).toMatch(/shifted by -20$/);
  });

  it('a rewritten headline of the same length is a headline change', () => {
    const edited = ARTICLE.replace('Harbour city votes on new bridge', 'Harbour town votes on new bridge');
    expect(compare(edited).filter((d) => d.field === 'structure.headline')).toEqual([
      { field: 'structure.headline', message: "headline changed: expected 'Harbour city votes on new bridge', got 'Harbour town votes on new bridge'", start: 0 },
    ]);
  });

  it('a longer headline: the edit is placed inside it, exactly', () => {
    const edited = ARTICLE.replace('Harbour city votes', 'Harbour city of Valdera votes');
    const messages = compare(edited).map((d) => d.message);
    expect(messages.slice(0, 3)).toEqual([
      "headline changed: expected 'Harbour city votes on new bridge', got 'Harbour city of Valdera votes on new bridge'",
      'text changed at offset 13; later spans shifted by +11',
      "places 'Valdera': unexpected mention 'Valdera' (in text inserted at 13)",
    ]);
  });

  it('differences come in offset order, whatever field they are in', () => {
    const after = toOutput(annotate(ARTICLE, { id: 'bridge' }));
    after.quotes[after.quotes.length - 1]!.speaker = null;
    after.people.find((p) => p.name.includes('Brenner'))!.mentions.shift();
    after.dates.shift();
    const starts = compareOutputs(before, after, DEFAULT_COMPARE).map((d) => d.start!);
    expect(starts).toHaveLength(3);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('--ignore text compares span by span again', () => {
    const edited = ARTICLE.slice(0, insertAt) + 'The port is older than the city. ' + ARTICLE.slice(insertAt);
    expect(compare(edited, { ignore: ['text'] }).length).toBeGreaterThan(10);
  });

  it('an unchanged article has no text difference', () => expect(compare(ARTICLE)).toEqual([]));
});
