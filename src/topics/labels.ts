import { TITLE_HEADS } from '../data/words.js';
import { wordKey } from './normalize.js';

/**
 * What an issue's evidence phrase says to a reader. A phrase headed by a person's title or role
 * ("foreign minister", "Secretary of State", "medical director", "parents") describes who speaks or
 * acts, not what the article is about; so does a phrase cut out of such a description ("senior State
 * Department" before "official"). A bare generic word ("government", "children", "department")
 * names no subject. Neither makes a label, and an issue with nothing else for evidence is weak.
 */

/** Job-title words that also name things or fields ("criminal justice", "heart monitor", "attorney general"). */
const NOT_PERSONS = new Set(['justice', 'general', 'head', 'monitor', 'principal', 'representative', 'chair', 'member']);

/** People named by a relation or a role that is no job title. */
const PEOPLE = new Set(
  `people person parent mother father child children kid son daughter wife husband resident citizen voter patient
  victim pupil student teacher worker employee staff official officer spokesperson customer consumer shareholder
  supporter fan mp mps peer lord singer actor actress musician star journalist boss backbencher doctor nurse defender
  sprinter producer prisoner listener viewer taxpayer protester pensioner farmer`.split(/\s+/),
);

/** Words that name no subject by themselves: a label of only these says nothing. */
const GENERIC = new Set(
  `government department ministry administration state authority agency office official country nation people
  family child children parent public community society group team company firm industry business market money cash
  price cost rate figure euro dollar pound yen plan deal report issue problem crisis situation case number year
  quarter role service talk anniversary`.split(/\s+/),
);

/** The word key of a written word, as the lexicon matches it ("officials" → "official"). */
const key = (word: string): string => wordKey(word.replace(/^[("'“‘]+|[)"'”’,.;:!?]+$/g, ''));

/** A word that names a person by job, title or role: "minister", "officials", "dockworkers". */
export function isPersonWord(word: string): boolean {
  const k = key(word);
  if (NOT_PERSONS.has(k)) return false;
  // A hyphenated title is its last part: "co-chairman", "vice-chairman".
  const last = k.slice(k.lastIndexOf('-') + 1);
  return [k, last].some((w) => TITLE_HEADS.has(w) || PEOPLE.has(w)) || /.(?:worker|maker)$/.test(k);
}

/**
 * A phrase that describes a person: its head (the last word, or the word before "of": "Secretary of
 * State") is a person word, or the word right after it is (the phrase is a fragment of a longer
 * description: "senior State Department" + "official").
 */
export function isPersonPhrase(phrase: string, nextWord?: string): boolean {
  const words = phrase.split(/[\s]+/).filter(Boolean);
  if (!words.length) return false;
  if (isPersonWord(words[words.length - 1]!)) return true;
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  if (of > 0 && isPersonWord(words[of - 1]!)) return true;
  // A possessive modifies what follows it: "Asia-Pacific Economic Cooperation leaders' summit" is about a summit.
  return nextWord !== undefined && !/['’]s?$/.test(nextWord) && isPersonWord(nextWord);
}

/** A phrase of generic words only ("children", "the department"), with no subject of its own. */
export function isGenericPhrase(phrase: string): boolean {
  const words = phrase
    .split(/\s+/)
    .filter((w) => w && !/^(?:the|a|an|its|their|this|these|those)$/i.test(w));
  // An amount ("£227bn", "331bn") names no subject either.
  return words.length > 0 && words.every((w) => GENERIC.has(key(w)) || /\d/.test(w));
}
