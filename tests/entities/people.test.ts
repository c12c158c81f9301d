/**
 * Linking that respects people (tracker issue 12), through the whole entities stage: namesakes,
 * first names, a headline's surname, descriptions. Example articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createDoc, type Entity, type Mention } from '../../src/model/document.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { entities } from '../../src/annotators/entities.js';

const pipeline = createPipeline([structure, tokens, entities]);

function run(text: string): { mentions: Mention[]; entities: Entity[]; at: (s: string, nth?: number) => Entity | undefined } {
  const doc = pipeline.run(createDoc('t', text));
  const mentions = doc.layers.mentions ?? [];
  const es = doc.layers.entities ?? [];
  /** The entity of the nth mention (0-based) whose text is s. */
  const at = (s: string, nth = 0) => {
    const m = mentions.filter((x) => x.text === s).sort((a, b) => a.start - b.start)[nth];
    return es.find((e) => e.id === m?.entityId);
  };
  return { mentions, entities: es, at };
}

const COURT = `Former finance chief jailed for fraud

A former finance director who stole from a pensions firm has been jailed for six years.

Gareth Pryce, 52, of Cardiff, admitted fraud on Tuesday. His wife, Elaine Pryce, 49, was cleared of money laundering last month.

Judge Helen Morgan said Pryce had betrayed the trust of his colleagues.

Elaine Pryce wept in the public gallery. Pryce's barrister, Tom Hughes, said his client was remorseful.`;

describe('namesakes', () => {
  it('a bare surname goes to the person the article is about, not to his wife', () => {
    const { at } = run(COURT);
    expect(at('Pryce', 0)?.name).toBe('Gareth Pryce');
    expect(at('Pryce', 1)?.name).toBe('Gareth Pryce');
    expect(at('Elaine Pryce', 1)?.name).toBe('Elaine Pryce');
  });

  it('an honorific chooses by gender', () => {
    const { at, entities: es } = run(`${COURT}\n\nMrs Pryce declined to comment.`);
    expect(at('Pryce', 2)?.name).toBe('Elaine Pryce');
    expect(es.find((e) => e.name === 'Elaine Pryce')?.title).toBeUndefined();
  });

  it('two namesakes the text does not tell apart leave a bare surname unlinked', () => {
    const { at } = run(`Tennis final today\n\nThe crowd arrived early at the club on Saturday.\n\nLater, Venus Moss and Serena Moss walked on court together. Fans cheered loudly.\n\nThe match began at noon. Moss served first.`);
    const moss = at('Moss');
    expect(moss?.name).toBe('Moss');
  });
});

describe('first names and headlines', () => {
  const REPORT = `Haaland double sinks Brighton

MANCHESTER, England (Reuters) - Erling Haaland scored twice as Manchester City beat Brighton 2-1 on Saturday.

Haaland now has 20 league goals this season. Erling was later named man of the match.`;

  it('the headline’s surname, the bare surname and the first name are the person the body names in full', () => {
    const { at, entities: es } = run(REPORT);
    const haaland = es.find((e) => e.name === 'Erling Haaland');
    expect(haaland?.type).toBe('person');
    expect(at('Haaland', 0)?.id).toBe(haaland?.id);
    expect(at('Haaland', 1)?.id).toBe(haaland?.id);
    expect(at('Erling')?.id).toBe(haaland?.id);
    expect(es.some((e) => e.type === 'place' && e.name === 'Haaland')).toBe(false);
  });

  it('a surname that is a listed place is the person when the article never uses it as a place', () => {
    const { at } = run('Upset at the open\n\nMaliVai Washington beat the top seed on Tuesday. The unseeded Washington served well, and Washington said he was tired.');
    expect(at('Washington', 1)?.name).toBe('MaliVai Washington');
  });

  it('…and stays a place where the article uses it as one', () => {
    const { at } = run('Talks in the capital\n\nGeorge Washington Carter met officials in Washington on Tuesday. Washington said little.');
    expect(at('Washington', 0)?.type).toBe('place');
  });
});

describe('descriptions (form: description)', () => {
  /**
   * Description and title mentions as "text -> entity name" (a role the person holds as a title,
   * "the prosecutor", is a `title` mention, titles.ts; the rest are `description` mentions).
   */
  const descriptions = (text: string) => {
    const { mentions, entities: es } = run(text);
    return mentions.filter((m) => m.form === 'description' || m.form === 'title').sort((a, b) => a.start - b.start).map((m) => `${m.text} -> ${es.find((e) => e.id === m.entityId)?.name}`);
  };
  const FOOTBALL = 'Haaland double sinks Brighton\n\nOn Saturday, Erling Haaland scored twice as Manchester City beat Brighton 2-1.';

  it.each([
    // A nationality or an age opening the sentence after one about the person (news style).
    [`${FOOTBALL} The Norwegian opened the scoring after 12 minutes.`, ['The Norwegian -> Erling Haaland']],
    // What the article says of the person: an age in apposition, a role in apposition, a pre-modifier.
    [`${COURT}\n\nThe 52-year-old will serve half his sentence.`, ['The 52-year-old -> Gareth Pryce']],
    ['Talks stall\n\nThe barrister Tom Hughes spoke first on Monday. Jane Lowe, the prosecutor, replied. Later the prosecutor asked for a delay.', ['the prosecutor -> Jane Lowe', 'the prosecutor -> Jane Lowe']],
    ['Defendant cleared\n\nAnna Berg, the defendant, wept on Monday. Lawyers said the defendant would appeal.', ['the defendant -> Anna Berg']],
    ['Haaland double\n\nNorwegian striker Erling Haaland scored twice on Saturday. Fans cheered when the striker left the pitch.', ['the striker -> Erling Haaland']],
    // After a quote: '"…," the Spaniard said' about the person the sentence before named.
    ['Guardiola praises Haaland\n\nCity manager Pep Guardiola praised his team on Sunday. "They were a machine," the Spaniard said.', ['the Spaniard -> Pep Guardiola']],
  ])('%s', (text, expected) => expect(descriptions(text)).toEqual(expected));

  it.each([
    // Two people of that age: nothing chooses.
    ['Twins jailed\n\nTom Reed, 52, and Sam Reed, 52, admitted fraud on Tuesday. The 52-year-old wept.'],
    // The nationality contradicts what the article says of the person.
    ['Haaland double\n\nErling Haaland, the Norwegian striker, scored twice on Saturday. The Spaniard opened the scoring.'],
    // The sentence before is about two people.
    ['Derby day\n\nBoth Erling Haaland and Kaoru Mitoma scored on Saturday. The Norwegian left early.'],
    // A role nobody in the article is said to hold.
    ['Clinic opens\n\nAnna Berg opened the clinic on Monday. The doctor said it was busy.'],
    // Not descriptions at all: a modifier of a noun, another office.
    ['Oslo talks\n\nErling Haaland met officials on Monday. The Norwegian government said so. The head of the league agreed.'],
  ])('no link: %s', (text) => expect(descriptions(text)).toEqual([]));

  it.each([
    ['Shares fall\n\nSiemens AG cut its forecast on Monday. The company said demand was weak.', ['The company -> Siemens AG']],
    ['Council apology\n\nLeeds City Council apologised on Monday. The council said the error was regrettable.', ['The council -> Leeds City Council']],
    // Two companies: no link.
    ['Merger talks\n\nSiemens AG and Bosch GmbH held talks on Monday. The company said nothing.', []],
  ])('organizations: %s', (text, expected) => expect(descriptions(text)).toEqual(expected));
});
