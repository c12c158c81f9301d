import type { Token } from '../model/document.js';
import { bestPlace, lookup, phraseWords } from '../data/gazetteer.js';
import type { LinkInput } from './link.js';
import type { NameMention } from './mentions.js';

/**
 * What the linker needs to know of each mention's surroundings, read once per article from the
 * tokens next to it (no rescans): its sentence, the gender an honorific or first name gives, whether
 * it is introduced as someone's relative, and whether it is used as a place.
 */

const norm = (w: string): string => w.toLowerCase().replace(/[.’']+$/, '').replace(/['’]s$/, '');
const MALE = new Set(['mr', 'sir', 'lord', 'mister']);
const FEMALE = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'madam']);
/** Words that introduce a relative: "his wife, Elaine Pryce", "Pryce's son Tom", "her husband Alan". */
const KIN = new Set(
  `wife husband son daughter brother sister mother father mum mom dad partner widow widower fiance fiancee fiancé fiancée
  girlfriend boyfriend spouse cousin nephew niece uncle aunt grandson granddaughter grandmother grandfather grandchild
  stepson stepdaughter stepfather stepmother twin sons daughters brothers sisters parents children child`.split(/\s+/),
);
/** Prepositions before a place: "in Paris", "to Washington", "near Leeds". */
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'into', 'across', 'outside', 'around', 'throughout', 'inside', 'within', 'via', 'towards', 'toward']);

const sameSentence = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.sentence === b.sentence;

function honorificGender(tokens: readonly Token[], m: NameMention): 'male' | 'female' | undefined {
  for (const t of [tokens[m.firstToken - 1], tokens[m.firstToken]]) {
    // Honorifics are short words ("Mr", "Mrs.", "Dame"): no need to normalize longer ones.
    if (!t || t.text.length > 6) continue;
    const w = norm(t.text);
    if (MALE.has(w)) return 'male';
    if (FEMALE.has(w)) return 'female';
  }
  return undefined;
}

function nameGender(tokens: readonly Token[], m: NameMention): 'male' | 'female' | undefined {
  if (m.lastToken === m.firstToken) return undefined;
  const t = tokens[m.firstToken]!;
  if (t.tags.includes('MaleName') && !t.tags.includes('FemaleName')) return 'male';
  if (t.tags.includes('FemaleName') && !t.tags.includes('MaleName')) return 'female';
  return undefined;
}

/** "his wife, Elaine Pryce", "wife Elaine", "Pryce's son Tom": a kin word right before the name (not "the son of X"). */
function introducedAsRelative(tokens: readonly Token[], m: NameMention): boolean {
  const before = tokens[m.firstToken - 1];
  if (!sameSentence(before, tokens[m.firstToken]) || !KIN.has(before!.normal)) return false;
  return !/[.;:]/.test(before!.post);
}

function usedAsPlace(tokens: readonly Token[], m: NameMention): boolean {
  if (m.source.includes('dateline')) return true;
  const before = tokens[m.firstToken - 1];
  if (sameSentence(before, tokens[m.firstToken]) && LOCATIVE.has(before!.normal) && !/[,;:]/.test(before!.post)) return true;
  // "Paris, France", "Dayton, Ohio".
  const after = tokens[m.lastToken + 1];
  if (sameSentence(after, tokens[m.lastToken]) && /^,\s*$/.test(tokens[m.lastToken]!.post) && /^\p{Lu}/u.test(after!.text)) {
    // "Washington, D.C.", "Dayton, Ohio", "Paris, France": a listed place or a dotted abbreviation.
    if (bestPlace(lookup(phraseWords(after!.text.replace(/\.$/, '')))) || /^(\p{Lu}\.){2,}$|^\p{Lu}\p{Ll}{1,4}\.$/u.test(after!.text)) return true;
  }
  return false;
}

/** The linker's input for the article's name mentions. */
export function linkInputs(tokens: readonly Token[], found: readonly NameMention[]): LinkInput[] {
  return found.map((m) => {
    const honorific = honorificGender(tokens, m);
    const gender = honorific ?? nameGender(tokens, m);
    const out: LinkInput = { type: m.type, words: m.words, source: m.source, sentence: tokens[m.firstToken]?.sentence ?? 0 };
    if (gender) out.gender = gender;
    if (honorific) out.honorificGender = honorific;
    if (introducedAsRelative(tokens, m)) out.relative = true;
    if (usedAsPlace(tokens, m)) out.placeContext = true;
    return out;
  });
}
