import { describe, expect, it } from 'vitest';
import { article, docWith, runQuotes, type HandEntity } from './support.js';

const smith: HandEntity = { name: 'John Smith', forms: ['John Smith', 'Smith'], gender: 'male' };
const jones: HandEntity = { name: 'Mary Jones', forms: ['Mary Jones', 'Jones'], gender: 'female' };
const brown: HandEntity = { name: 'Peter Brown', forms: ['Peter Brown', 'Brown'], gender: 'male' };
const state: HandEntity = { type: 'org', name: 'State Department', forms: ['State Department'] };

/** The direct quotes of an article: [text, speaker text, speaker name, cue text, kind]. */
function direct(paragraphs: string[], entities: HandEntity[] = [smith, jones, brown, state], config = {}) {
  const doc = runQuotes(docWith(article(...paragraphs), entities), config);
  return doc.layers.quotes!.filter((q) => q.kind !== 'indirect').map((q) => [q.text, q.speaker?.text ?? null, q.speaker?.name ?? null, q.cue?.text ?? null, q.kind]);
}

describe('attribution patterns', () => {
  it.each([
    ['after: “…,” X said', ['“We will win this fight,” Smith said on Friday.'], ['We will win this fight,', 'Smith', 'John Smith', 'said', 'full']],
    ['after, inverted: “…,” said X, apposition', ['“We will win this fight,” said Mary Jones, a senator from Ohio.'], ['We will win this fight,', 'Mary Jones', 'Mary Jones', 'said', 'full']],
    ['after, with apposition between name and cue', ['“We will win this fight,” John Smith, a fellow at the Brookings Institution, said.'], ['We will win this fight,', 'John Smith', 'John Smith', 'said', 'full']],
    ['after, with party tag in parentheses', ['“We will win this fight,” Rep. Mary Jones (D-Wis.) said Friday.'], ['We will win this fight,', 'Rep. Mary Jones', 'Mary Jones', 'said', 'full']],
    ['before, colon lead-in', ['Mary Jones said two things mattered most: “jobs and schools.”'], ['jobs and schools.', 'Mary Jones', 'Mary Jones', 'said', 'full']],
    ['before, X told reporters that … partial', ['Smith told reporters on Monday that he expected “a long list of results.”'], ['a long list of results.', 'Smith', 'John Smith', 'told', 'partial']],
    ['partial woven into the sentence', ['Smith acknowledged “legitimate differences” with the county.'], ['legitimate differences', 'Smith', 'John Smith', 'acknowledged', 'partial']],
    ['according to X', ['The plan was “dead on arrival,” according to Mary Jones.'], ['dead on arrival,', 'Mary Jones', 'Mary Jones', 'according to', 'partial']],
    ['organization as speaker', ['“We are deeply concerned,” the State Department said in a statement.'], ['We are deeply concerned,', 'the State Department', 'State Department', 'said', 'full']],
    ['unnamed source keeps its own words', ['A senior official told reporters that he did not expect “a breakthrough.”'], ['a breakthrough.', 'A senior official', 'A senior official', 'told', 'partial']],
    ['transcript label', ['"WALLACE: Let’s start with the news of the day."'], ['Let’s start with the news of the day.', 'WALLACE', 'WALLACE', ':', 'full']],
    ['colon lead-in without a cue', ['Smith is rolling out a new campaign message: “It is about me.”'], ['It is about me.', 'Smith', 'John Smith', ':', 'full']],
    ['a quote right after reported speech', ['The talks will go on for weeks, Smith said. “Nobody should expect a quick deal.”'], ['Nobody should expect a quick deal.', 'Smith', 'John Smith', 'said', 'full']],
    ['outer reporting clause over an inner pronoun', ['Jones said she recalls the colleague being “confused,” at first.'], ['confused,', 'Jones', 'Mary Jones', 'said', 'partial']],
    ['coordinated verbs', ['When the mayor asked, Smith laughed and said, “We will see.”'], ['We will see.', 'Smith', 'John Smith', 'said', 'full']],
    ['vox pop dash', ['“I just hope this campaign gives us a voice.” ― Jorge Falcon'], ['I just hope this campaign gives us a voice.', 'Jorge Falcon', 'Jorge Falcon', '―', 'full']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(direct(paragraphs)[0]).toEqual(expected);
  });

  it('attribution inside a quote: “…,” he said, “…” — both parts, one speaker', () => {
    const quotes = direct(['Smith spoke at the rally.', '“We will win,” he said, “and then we will govern.”']);
    expect(quotes).toEqual([
      ['We will win,', 'he', 'John Smith', 'said', 'full'],
      ['and then we will govern.', 'he', 'John Smith', 'said', 'full'],
    ]);
  });

  it('a second quote in the same paragraph keeps the first one’s speaker', () => {
    const quotes = direct(['“This just is not right,” Jones said. “You squeezed employees to the breaking point.”']);
    expect(quotes.map((q) => q[2])).toEqual(['Mary Jones', 'Mary Jones']);
  });

  it.each([
    ['she → the nearest woman mentioned earlier', ['John Smith met Mary Jones on Tuesday.', '“It went well,” she said.'], 'Mary Jones'],
    ['he → the nearest man mentioned earlier, never a later one', ['Mary Jones met John Smith on Tuesday.', '“It went well,” he said, before Peter Brown arrived.'], 'John Smith'],
    ['he → the previous speaker when nobody is named in between', ['“We are ready,” Smith said.', '“We have always been ready,” he added.'], 'John Smith'],
  ])('pronoun: %s', (_name, paragraphs, name) => {
    expect(direct(paragraphs).at(-1)?.[2]).toBe(name);
  });

  it('a definite description goes to the most salient compatible person mentioned before', () => {
    const people: HandEntity[] = [
      { name: 'Antonia Blake', forms: ['Antonia Blake', 'Blake'], title: 'Secretary of State', affiliation: 'United States' },
      { name: 'Wei Chen', forms: ['Wei Chen', 'Chen'], title: 'foreign minister', affiliation: 'China' },
    ];
    const quotes = direct(['Antonia Blake arrived in Beijing. Blake met Wei Chen. Blake spoke to reporters.', '“Let us see how the visit goes,” the top US diplomat said on Friday.'], people);
    expect(quotes[0]?.[2]).toBe('Antonia Blake');
  });

  it('a later "the senior official" is the same unnamed source as "a senior official"', () => {
    const quotes = direct(['A senior official said the talks would be “long and hard.”', 'The senior official added that there would be “no quick fix.”']);
    expect(quotes.map((q) => q[2])).toEqual(['A senior official', 'A senior official']);
  });

  it.each([
    ['a pure-quote paragraph', ['“We will win,” Smith said.', '“We have the votes and the money.”']],
    ['a quotation running over paragraphs', ['“We will win this fight and the next one,” Smith said. “We have the votes', '“and we have the money.”']],
    ['a lead-in ending the previous paragraph', ['Smith continued:', '“We have the votes and the money.”']],
  ])('continuation into the next paragraph: %s', (_name, paragraphs) => {
    const quotes = direct(paragraphs);
    expect(quotes.at(-1)?.[2]).toBe('John Smith');
  });

  it('a clause opening after the quote is no attribution (“…,” while 73 percent said …)', () => {
    const quotes = direct(['Only half of voters agreed that Smith is in “good enough health to serve,” while 73 percent said the same of Jones.']);
    expect(quotes[0]?.[1]).not.toBe('73 percent');
  });

  it('a paragraph that is not a quote does not carry a speaker on', () => {
    const quotes = direct(['“We will win,” Smith said.', 'The rally ended at nine. “Nobody expected it,” a witness told reporters.']);
    expect(quotes.at(-1)?.[1]).toBe('a witness');
  });

  it('cue verbs can be extended in the config', () => {
    const paragraphs = ['“That is nonsense and everyone knows it,” Smith harrumphed.'];
    expect(direct(paragraphs)[0]?.[1]).toBeNull();
    expect(direct(paragraphs, [smith], { quotes: { cueVerbs: ['harrumph'] } })[0]?.[2]).toBe('John Smith');
  });

  it('archive-style doubled apostrophes are quotes only with quotes.doubledApostrophes', () => {
    const paragraphs = ["''It's anti-reform,'' said Mr. Smith, who has studied the plan.", "''We'll see,'' Jones said."];
    expect(direct(paragraphs)).toEqual([]);
    expect(direct(paragraphs, [smith, jones], { quotes: { doubledApostrophes: false } })).toEqual([]);
    expect(direct(paragraphs, [smith, jones], { quotes: { doubledApostrophes: true } })).toEqual([
      ["It's anti-reform,", 'Mr. Smith', 'John Smith', 'said', 'full'],
      ["We'll see,", 'Jones', 'Mary Jones', 'said', 'full'],
    ]);
  });

  it('every quote carries a rule and a confidence between 0 and 1', () => {
    const doc = runQuotes(docWith(article('“We will win,” Smith said.', 'Jones said the plan was “a mess.”'), [smith, jones]));
    for (const q of doc.layers.quotes!) {
      expect(q.rule).toMatch(/\S/);
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
      expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    }
  });
});

describe('speech, titles and terms', () => {
  it.each([
    ['a show after a possessive', 'Johnson tells MSNBC’s “Morning Joe” that he is ready.', 'Morning Joe', 'title'],
    ['a broadcast', 'On this weekend’s broadcast of “Fox News Sunday,” Smith said he was ready.', 'Fox News Sunday,', 'title'],
    ['an ad titled', 'The 30-second spot, titled “Arrogant,” ran in Ohio.', 'Arrogant,', 'title'],
    ['so-called', 'Smith opposed the so-called “death tax” for years.', 'death tax', 'term'],
    ['a scare quote', 'The Post sent its “national enterprise reporter” to a living room in Ohio.', 'national enterprise reporter', 'term'],
    ['a term with a determiner', 'There was no proof. The “sex tape” reference was about old footage.', 'sex tape', 'term'],
    ['a nickname inside a name', 'Rep. Robert C. “Bobby” Scott opened his yard.', 'Bobby', 'other'],
  ])('%s is a quotation, not a quote', (_name, paragraph, text, fn) => {
    const doc = runQuotes(docWith(article(paragraph), [smith]));
    expect(doc.layers.quotations).toContainEqual(expect.objectContaining({ text, function: fn }));
    expect(doc.layers.quotes!.some((q) => q.text === text)).toBe(false);
  });

  it.each([
    ['a cue in the sentence', 'Smith called the plan “a mess.”', 'a mess.', 'John Smith'],
    ['a person as the sentence subject', 'Smith openly admires the governor as a “strong leader.”', 'strong leader.', 'John Smith'],
  ])('a short phrase with %s is speech', (_name, paragraph, text, name) => {
    const doc = runQuotes(docWith(article(paragraph), [smith]));
    expect(doc.layers.quotes!.find((q) => q.text === text)?.speaker?.name).toBe(name);
  });

  it('a single-quoted headline with an attribution is speech even when the body uses double marks', () => {
    const doc = runQuotes(docWith(['Talks: ‘We will not back down’, says Smith', '“The talks go on,” Smith said on Monday.'].join('\n\n'), [smith]));
    expect(doc.layers.quotes!.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We will not back down', 'John Smith'],
      ['The talks go on,', 'John Smith'],
    ]);
  });

  it('a single-quoted headline phrase with no attribution is a quotation', () => {
    const doc = runQuotes(docWith(['Lawmakers rip the governor as a ‘disgusting fraud’', '“This is a disgusting day,” Smith said.'].join('\n\n'), [smith]));
    expect(doc.layers.quotes!.map((q) => q.text)).toEqual(['This is a disgusting day,']);
    expect(doc.layers.quotations!.map((q) => q.text)).toEqual(['disgusting fraud']);
  });

  it('in an article quoting speech with double marks, single-quoted text is a quotation', () => {
    const doc = runQuotes(docWith(article('“We will win,” Smith said of the ‘Vote Early’ campaign.'), [smith]));
    expect(doc.layers.quotes!.map((q) => q.text)).toEqual(['We will win,']);
    expect(doc.layers.quotations!.map((q) => q.text)).toEqual(['Vote Early']);
  });
});

describe('speakers summary', () => {
  it('counts full and partial quotes and quoted words per speaker', () => {
    const doc = runQuotes(
      docWith(article('“We will win this fight,” Smith said.', '“We have the votes,” he added.', 'Jones said the plan was “a mess.”'), [
        { ...smith, title: 'senator', affiliation: 'Ohio' },
        jones,
      ]),
    );
    expect(doc.layers.speakers).toEqual([
      { name: 'John Smith', entity: 'e1', kind: 'person', quotes: 2, words: 9, title: 'senator', affiliation: 'Ohio' },
      { name: 'Mary Jones', entity: 'e2', kind: 'person', quotes: 1, words: 2 },
    ]);
  });
});

describe('what kind of source a speaker is', () => {
  const ministry: HandEntity = { type: 'org', name: 'Ministry of Mining', forms: ['Ministry of Mining'] };
  const munich: HandEntity = { type: 'place', name: 'Munich', forms: ['Munich'] };
  const haugland: HandEntity = { name: 'Sindre Haugland', forms: ['Sindre Haugland', 'Haugland'], gender: 'male', affiliation: 'Norway' };
  const norway: HandEntity = { type: 'place', name: 'Norway', forms: ['Norway'] };
  const first = (paragraphs: string[], people: HandEntity[]) => runQuotes(docWith(article(...paragraphs), people)).layers.quotes!.filter((q) => q.kind !== 'indirect')[0]!.speaker;
  it.each([
    ['a document', ['“Demand has doubled,” the report said.'], [], { name: 'the report', entity: null, kind: 'document' }],
    ['a document an organization wrote', ['“Demand has doubled,” the Ministry of Mining report said.'], [ministry], { name: 'the Ministry of Mining report', entity: 'e1', kind: 'document' }],
    ['an organization', ['“Demand has doubled,” the Ministry of Mining said.'], [ministry], { name: 'Ministry of Mining', entity: 'e1', kind: 'organization' }],
    ['an organization by description', ['The Ministry of Mining met on Monday.', '“Demand has doubled,” the ministry said.'], [ministry], { name: 'Ministry of Mining', entity: 'e1', kind: 'organization' }],
    ['a person', ['“We won,” Haugland said.'], [haugland], { name: 'Sindre Haugland', entity: 'e1', kind: 'person' }],
    // Counter-examples: a place inside the phrase is no speaker.
    ['an unnamed spokesperson, not the place of the company', ['“We are cooperating fully,” a spokesperson for the Munich company said.'], [munich], { entity: null, kind: 'unnamed' }],
    ['a person described by a place, not the place', ['Sindre Haugland scored twice.', '“I don’t care who scores,” the Norway striker added.'], [haugland, norway], { name: 'Sindre Haugland', entity: 'e1', kind: 'person' }],
  ] as const)('%s', (_name, paragraphs, people, expected) => {
    expect(first([...paragraphs], [...people])).toMatchObject(expected);
  });
  it('the same unnamed source again by its head noun', () => {
    const quotes = runQuotes(docWith(article('“We are cooperating fully,” a spokesperson for the Munich company said.', '“Safety comes first,” the spokesperson said.'), [])).layers.quotes!.filter((q) => q.kind !== 'indirect');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['a spokesperson for the Munich company', 'a spokesperson for the Munich company']);
  });
});

describe('reported speech (indirect)', () => {
  const indirect = (...paragraphs: string[]) =>
    runQuotes(docWith(article(...paragraphs), [smith, jones, state])).layers.quotes!.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker?.name ?? null, q.cue?.lemma]);

  it.each([
    ['X said (that) …', ['Smith said that the county would reopen the bridge next month.'], ['the county would reopen the bridge next month', 'John Smith', 'say']],
    ['X told reporters that …', ['A senior official told reporters on Monday that the talks had stalled again.'], ['the talks had stalled again', 'A senior official', 'tell']],
    ['…, X said', ['The bridge will reopen next month, Jones said.'], ['The bridge will reopen next month', 'Mary Jones', 'say']],
    ['…, according to X', ['The bridge will reopen next month, according to the State Department.'], ['The bridge will reopen next month', 'State Department', 'according to']],
    ['content ending in a colon before a quote', ['Jones said two things mattered most: “jobs and schools.”'], ['two things mattered most', 'Mary Jones', 'say']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(indirect(...paragraphs)).toContainEqual(expected);
  });

  it.each([
    ['a negated verb', 'Smith did not predict whether the bridge would reopen next month.'],
    ['a sentence with a partial quote', 'Smith said the plan was “a mess from start to finish.”'],
  ])('none for %s', (_name, paragraph) => {
    expect(indirect(paragraph)).toEqual([]);
  });

  it('keeps indirect quotes out of the speaker counts', () => {
    const doc = runQuotes(docWith(article('Smith said that the county would reopen the bridge next month.'), [smith]));
    expect(doc.layers.quotes).toHaveLength(1);
    expect(doc.layers.speakers).toEqual([]);
  });
});

describe('progressive cues and pronoun contractions', () => {
  // [name, paragraphs, expected speaker text, expected speaker name, expected rule prefix]
  it.each([
    ['pronoun contraction + progressive cue', ['Smith spoke in Ohio.', 'He’s claiming that fraud is “a big, big problem.”'], 'He’s', 'John Smith', 'before-quote:X-said-that+pronoun:he'],
    ['auxiliary + progressive cue', ['Smith spoke in Ohio.', 'Jones is saying that the plan is “dead on arrival.”'], 'Jones', 'Mary Jones', 'before-quote:X-said-that+name'],
    ['she’s + progressive cue', ['Jones spoke in Ohio.', 'She’s warning that the deal is “a trap.”'], 'She’s', 'Mary Jones', 'before-quote:X-said-that+pronoun:she'],
    // Counter-examples: a participle still takes its clause's subject, and a possessive 's is no subject.
    ['participle after a comma: the clause subject', ['Jones left the room, saying the deal was “a trap.”'], 'Jones', 'Mary Jones', 'before-quote:X-said-that+name'],
    ['possessive before a noun: no verb cue, the noun of saying', ['Smith’s claim that there were “thousands of shootings” was false.'], 'Smith’s', 'John Smith', 'partial:possessive-noun-cue'],
  ])('%s', (_name, paragraphs, speakerText, speakerName, rule) => {
    const doc = runQuotes(docWith(article(...paragraphs), [smith, jones, brown, state]), {});
    const quote = doc.layers.quotes!.find((q) => q.kind !== 'indirect')!;
    expect([quote.speaker?.text ?? null, quote.speaker?.name ?? null]).toEqual([speakerText, speakerName]);
    expect(quote.rule.startsWith(rule)).toBe(true);
  });
});

describe('verbs of praise and blame as cues', () => {
  it.each([
    ['lauded', ['In January, Mary Jones lauded the plan for its “new and innovative ideas.”'], 'Mary Jones', 'lauded'],
    ['derided', ['Smith derided the proposal as “a gift to lobbyists.”'], 'Smith', 'derided'],
    ['denounced', ['Jones denounced what she called “reckless” spending.'], 'Jones', 'denounced'],
  ])('%s', (_name, paragraphs, speakerText, cueText) => {
    const [quote] = direct(paragraphs);
    expect([quote![1], quote![3]]).toEqual([speakerText, cueText]);
  });

  it('counter-example: a title after a cue of praise stays a title', () => {
    const doc = runQuotes(docWith(article('Smith lauded the book titled “Hard Choices” on Monday.'), [smith]), {});
    expect(doc.layers.quotes!.filter((q) => q.kind !== 'indirect')).toEqual([]);
    expect(doc.layers.quotations!.map((q) => q.function)).toEqual(['title']);
  });
});

describe('a name between commas before the cue', () => {
  it.each([
    ['name in apposition after a description', ['His former partner, Peter Brown, said the deal was “a disaster.”'], 'Peter Brown'],
    ['name after an introductory phrase', ['In Washington, Mary Jones said the deal was “a disaster.”'], 'Mary Jones'],
    // Counter-examples: a description in apposition still points back to the name before it, and a place is no speaker.
    ['description between commas: the name before it', ['Peter Brown, a fellow at the institute, said the deal was “a disaster.”'], 'Peter Brown'],
  ])('%s', (_name, paragraphs, speakerText) => {
    expect(direct(paragraphs)[0]![1]).toBe(speakerText);
  });

  it('counter-example: a place between commas is not the speaker', () => {
    const [quote] = direct(['The mayor of Springfield, Ohio, said the deal was “a disaster.”']);
    expect(quote![1]).not.toBe('Ohio');
  });
});

describe('manner adverbs between subject and cue', () => {
  it.each([
    ['-ly adverb', ['In July, Smith cynically dismissed the treaty as “a relic of the past” and moved on.'], 'Smith'],
    ['two -ly adverbs', ['Jones angrily and loudly denounced the plan as “a disgrace.”'], 'Jones'],
    // Counter-example: an -ly adjective belongs to the speaker phrase.
    ['-ly adjective in the subject', ['A friendly official said the talks were “going well.”'], 'A friendly official'],
  ])('%s', (_name, paragraphs, speakerText) => {
    expect(direct(paragraphs)[0]![1]).toBe(speakerText);
  });
});

describe('a possessive noun of saying before a partial quote', () => {
  it.each([
    ['X’s claim that', ['PolitiFact checked John Smith’s claim that there were “thousands of shootings” in the city.'], 'John Smith’s', 'John Smith'],
    ['X’s statement about', ['On the panel’s list, Jones’s statement about “record job growth” was false.'], 'Jones’s', 'Mary Jones'],
  ])('%s', (_name, paragraphs, speakerText, speakerName) => {
    const [quote] = direct(paragraphs);
    expect([quote![1], quote![2], quote![4]]).toEqual([speakerText, speakerName, 'partial']);
  });

  it.each([
    ['a possessive with no noun of saying', ['The city’s mayor reported a “wave of shootings” last year.']],
    ['a noun of saying with no named owner', ['The claim that there were “thousands of shootings” was false.']],
  ])('counter-example: %s', (_name, paragraphs) => {
    const rules = runQuotes(docWith(article(...paragraphs), [smith, jones]), {}).layers.quotes!.map((q) => q.rule);
    expect(rules.some((r) => r.startsWith('partial:possessive-noun-cue'))).toBe(false);
  });
});
