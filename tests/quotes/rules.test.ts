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
const trump: HandEntity = { name: 'Donald Trump', forms: ['Donald Trump', 'Trump'], gender: 'male' };
const people = [mcconnell, obama, police, clinton, trump];

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

describe('subjects and cues of less common attributions', () => {
  it.each([
    ['a participle phrase between subject and cue', 'Protesters marching through the streets chanted “What curfew?” and kept going.', ['What curfew?', 'Protesters']],
    ['a name before -ing taken for a noun ("footage of Trump saying")', 'The spot ends with footage of Obama saying during the debate, “That makes me smart,” to the crowd.', ['That makes me smart,', 'Obama']],
    ['as X put it', 'The main requirement is a “lawful source of investment income,” as a Homeland Security memo put it.', ['lawful source of investment income,', 'a Homeland Security memo']],
    ['per X after the quote', 'Proxies are prohibited when voting “to fill a vacancy on the national ticket,” per the party’s bylaws.', ['to fill a vacancy on the national ticket,', 'the party’s bylaws']],
    ['a verdict cue (rated … as)', 'PolitiFact rated 32% of Republican claims as “false” last year.', ['false', 'PolitiFact']],
    ['a labelling cue (branded)', 'Japan branded North Korea an “outlaw nation in the neighborhood.”', ['outlaw nation in the neighborhood.', 'Japan']],
    ['found that', 'A Government Accountability Office report found that the money may come from “the drug trade or other criminal activities.”', ['the drug trade or other criminal activities.', 'A Government Accountability Office report']],
  ])('%s', (_name, paragraph, expected) => {
    expect(direct([paragraph])[0]?.slice(0, 2)).toEqual(expected);
  });

  it.each([
    // "of Republican claims": a noun, so the cue is the verb before it, not "claims" with "32% of Republican" as subject.
    ['"claims" after "of" and a party adjective is a noun', 'PolitiFact rated 32% of Democratic claims as “entirely true” in May.', 'PolitiFact'],
    ['but a name before "claims" is its subject', 'The head of Fox claims the report is “entirely true” today.', 'The head of Fox'],
    ['"per cent" is no attribution', 'Unemployment was “unacceptably high,” Obama said, at nine per cent.', 'Obama'],
    ['"found" without "that" is no cue', 'Obama found the letter and called it “a disgrace.”', 'Obama'],
  ])('counter-example: %s', (_name, paragraph, speaker) => {
    expect(direct([paragraph])[0]?.[1]).toBe(speaker);
  });

  it('a comma inside a closing single mark hands the quote on to the attribution after it', () => {
    const quotes = direct(['Clinton scolded him: “You called the three products ‘miracles,’” Obama said.']);
    expect(quotes[0]?.[1]).toBe('Obama');
  });
});

describe('short partial quotes with a cue the tagger misreads', () => {
  it.each([
    ['a progressive cue read as an adjective', 'Obama is promising lower taxes and “jobs, jobs, jobs,” but the plan is vague.', ['jobs, jobs, jobs,', 'Obama']],
    ['an apposition opened by a possessive name', 'Even China, Pyongyang’s only ally and its economic lifeline, said it was “resolutely opposed” to the test.', ['resolutely opposed', 'China']],
    ['referenced', 'Although the IMF did not name anyone, it referenced “political tensions” in rich economies.', ['political tensions', 'it']],
  ])('%s', (_name, paragraph, expected) => {
    expect(direct([paragraph])[0]?.slice(0, 2)).toEqual(expected);
  });

  it.each([
    // "promising" after a noun, not after "be", stays an adjective: the phrase is a scare quote with no speaker.
    ['an adjective "promising" is no cue', 'A promising young “rising star” joined the firm.'],
    ['a sign-off in quote marks is no speech', '"Follow Pam Key on Twitter @pamkeyNEN."'],
  ])('counter-example: %s', (_name, paragraph) => {
    expect(direct([paragraph])).toEqual([]);
  });

  it('an apposition needs more than a possessive word: "Obama’s, said" is no apposition', () => {
    expect(direct(['The plan, Obama said, is “a disaster.”'])[0]?.[1]).toBe('Obama');
  });
});

describe('a short phrase is a person’s words when a person the entity stage found is the subject', () => {
  it.each([
    ['admires X as a “…”', 'Obama openly admires the Russian leader as a “strong leader,” comparing him favorably to others.', ['strong leader,', 'Obama']],
    ['a surname compromise tags as a plain noun', 'Trump openly admires the Russian leader as a “strong leader,” comparing him favorably to others.', ['strong leader,', 'Trump']],
    ['used the phrase “…”', 'Clinton has used the phrase “deeply troubling” often in her campaign.', ['deeply troubling', 'Clinton']],
  ])('%s', (_name, paragraph, expected) => {
    expect(direct([paragraph])[0]?.slice(0, 2)).toEqual(expected);
  });

  it.each([
    ['an organization as subject keeps a scare quote a term', 'The Post sent its “national enterprise reporter” into the town.'],
    ['no subject of its own', 'The phrase “deeply troubling” appears often in the campaign.'],
  ])('counter-example: %s', (_name, paragraph) => {
    expect(direct([paragraph])).toEqual([]);
  });

  it('counter-example: a capitalized gerund opening the sentence is no speaker', () => {
    expect(direct(['Reducing “waste, fraud and abuse” is the plan.'])[0]?.[1]).toBeNull();
  });
});

describe('longer subjects', () => {
  it.each([
    ['a description ending in "of three"', 'When pressed on the plan, the 34-year-old mother of three replied, “It is meant to benefit everyone.”', ['It is meant to benefit everyone.', 'the 34-year-old mother of three']],
    ['a long apposition after the quote', '“We find the labels everywhere,” Mary Cyril, the executive director at the Center of Media Justice and who is also featured in the film, told The Huffington Post.', ['We find the labels everywhere,', 'Mary Cyril']],
    ['an opening participle clause takes the main clause subject', 'After saying her right foot was “so swollen I could barely get my shoe on,” Clinton was taken to a hospital.', ['so swollen I could barely get my shoe on,', 'Clinton']],
    ['a sentence-initial participle', 'Saying “we will win this,” Obama left the stage.', ['we will win this,', 'Obama']],
  ])('%s', (_name, paragraph, expected) => {
    expect(direct([paragraph])[0]?.slice(0, 2)).toEqual(expected);
  });

  it.each([
    // The participle clause does not end at the quote: no main-clause subject to take.
    ['the quote does not close the participle clause', 'After saying the plan was “a disaster” in May Obama left.', null],
    // A long run after the quote that is no apposition keeps the short search window.
    ['no apposition after the quote', '“It is over.” The committee met on Monday and the members who had been waiting for weeks in the rain finally said nothing.', null],
  ])('counter-example: %s', (_name, paragraph, speaker) => {
    expect(direct([paragraph])[0]?.[1] ?? null).toBe(speaker);
  });
});

describe('hyphenated modifiers inside a source phrase', () => {
  it('According to a 52-count civil complaint, …', () => {
    const quotes = direct(['According to a 52-count civil complaint filed by the agency, the developers ran a “massive eight-year fraudulent scheme” for years.']);
    expect(quotes[0]?.slice(0, 2)).toEqual(['massive eight-year fraudulent scheme', 'a 52-count civil complaint']);
  });
  it('counter-example: a hyphenated word does not start a source phrase on its own', () => {
    const quotes = direct(['“We will see,” said Obama, a well-known speaker.']);
    expect(quotes[0]?.[1]).toBe('Obama');
  });
});

describe('pronouns bound in their sentence, and possessive descriptions', () => {
  it('"what they call" takes the sentence subject that the pronoun refers to', () => {
    const quotes = direct(['Clinton’s campaign is seeking to contrast her approach with what they call the rival’s “self-centered message.”']);
    expect(quotes[0]?.slice(0, 3)).toEqual(['self-centered message.', 'they', 'Clinton’s campaign']);
  });
  it('counter-example: "what he called" with a subject that is no person is left to pronoun resolution', () => {
    const quotes = direct(['Obama spoke first.', 'The campaign is angry about what he called a “disgrace to the office.”']);
    expect(quotes[0]?.slice(1, 3)).toEqual(['he', 'Barack Obama']);
  });
  it.each([
    ['a spokeswoman is not the person she speaks for', '“We will not comment on that,” Trump’s spokeswoman said later.', ['Trump’s spokeswoman', 'Trump’s spokeswoman']],
    ['a campaign is not its candidate', 'Clinton’s campaign called it “a disgrace.”', ['Clinton’s campaign', 'Clinton’s campaign']],
    // Counter-examples: a statement is its owner's words; a possessive inside a name stays the name's.
    ['a statement is its owner speaking', '“We regret it,” Clinton’s statement said.', ['Clinton’s statement', 'Hillary Clinton']],
    ['a capitalized head after the possessive keeps the entity', '“Sales are up,” Clinton’s Foundation President Smith said.', ['Clinton’s Foundation President Smith', null]],
  ])('%s', (_name, paragraph, expected) => {
    const quote = direct([paragraph])[0]!;
    expect(quote[1]).toBe(expected[0]);
    if (expected[1]) expect(quote[2]).toBe(expected[1]);
    else expect(quote[2]).not.toBe(quote[1]);
  });
});

describe('markup glued to a name', () => {
  it('the speaker starts after the tag, and resolving it does not fail', () => {
    const quotes = direct(['The site said it <tweet tweet-author="needs clarification, so we rate it Mostly True.">Obama said that for young people, “the real rate is 51 percent.” That was off<tweet/>.']);
    expect(quotes[0]?.slice(0, 3)).toEqual(['the real rate is 51 percent.', 'Obama', 'Barack Obama']);
  });
  it('counter-example: a ">" far before the phrase changes nothing', () => {
    expect(direct(['Prices rose > 5 percent. “We will win,” Obama said.'])[0]?.[1]).toBe('Obama');
  });
});

describe('a named work in apposition', () => {
  it.each([
    ['a commentary', 'Ouisa Davis’ commentary, “Melania, tell your immigrant story,” is very thoughtful.'],
    ['a book', 'Obama’s latest book, “a promised land,” sold well.'],
  ])('%s is a title, not speech', (_name, paragraph) => {
    expect(direct([paragraph])).toEqual([]);
  });
  it('counter-example: a report’s words in apposition are still quoted speech', () => {
    expect(direct(['The agency’s report, “we found no evidence of fraud,” was released on Monday, Obama said.']).length).toBe(1);
  });
});

describe('the same pronoun as the sentence subject', () => {
  it('names a pronoun of that sentence as the speaker, resolved to the person', () => {
    // The rules take the main clause's "He"; the speaker ranker may take the cue's own subject "he"
    // ("he called the plan …"). Both are the speaker's mention and both are Obama.
    const doc = runQuotes(docWith(article('Obama spoke in Ohio.', 'He did not address the tweets in which he called the plan “disgusting” on Friday.'), people));
    const q = doc.layers.quotes!.find((x) => x.kind !== 'indirect')!;
    expect(q.speaker?.name).toBe('Barack Obama');
    expect([doc.text.indexOf('He did'), doc.text.indexOf('he called')]).toContain(q.speaker?.start);
  });
  it('counter-example: a different pronoun keeps its own clause', () => {
    const doc = runQuotes(docWith(article('Obama and Clinton met.', 'She did not address the tweets in which he called the plan “disgusting” on Friday.'), people));
    const q = doc.layers.quotes!.find((x) => x.kind !== 'indirect')!;
    expect(q.speaker?.start).toBe(doc.text.indexOf(' he called') + 1);
  });
});

describe('pronoun guards', () => {
  it('the same-pronoun rule stops at a quote that ends a sentence', () => {
    const doc = runQuotes(docWith(article('Clinton spoke in Ohio.', 'She says he represents the “same rigged system.” She adds, “What kind of genius loses a billion dollars?”'), people));
    const q = doc.layers.quotes!.filter((x) => x.kind !== 'indirect')[1]!;
    expect(q.speaker?.start).toBe(doc.text.indexOf('She adds'));
  });
  it('a given name after a title gives the gender ("Sen. Claire Jones")', () => {
    const jones: HandEntity = { name: 'Claire Jones', forms: ['Sen. Claire Jones'] };
    const doc = runQuotes(docWith(article('Clinton spoke first.', 'Sen. Claire Jones scolded him: “You called them ‘miracles,’” she said.'), [clinton, obama, jones]));
    expect(doc.layers.quotes!.find((x) => x.kind !== 'indirect')?.speaker?.name).toBe('Claire Jones');
  });
});

describe('a whole-sentence quote after a sentence about a named person', () => {
  it('takes that person when nothing else attributes it', () => {
    const quotes = direct(['On Sunday, Obama identified young voters’ exhaustion with bigotry as a reason for hope. “The younger people are sick and tired of discrimination.”']);
    expect(quotes[0]?.slice(0, 3)).toEqual(['The younger people are sick and tired of discrimination.', 'Obama', 'Barack Obama']);
  });
  it.each([
    ['a subject that is no person', 'The rally ended at nine. “Nobody expected it to go so well.”'],
    ['a person as possessor only', 'Obama’s normal position is on the right. “As I play on the right for my club, it is natural.”'],
    ['a quote opening its paragraph', 'Obama visited Ohio on Monday.\n\n“Nobody expected it to go so well.”'],
  ])('counter-example: %s', (_name, text) => {
    expect(direct(text.split('\n\n'))[0]?.[1]).toBeNull();
  });
});
