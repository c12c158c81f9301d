import type { AttributionContext } from './attribution.js';
import { breaksAfter, has, isCapitalized, lower } from './words.js';

/**
 * Which words are verbs of saying: a token's cue lemma ("noted" → note, "told" → tell), with the
 * forms and neighbours that make the same word no cue ("a court ruling", "is promising" as an
 * adjective, "Republican claims" as a noun). The list of lemmas is lexicon.ts's (and a team's own).
 */

const IRREGULAR = new Map([
  ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['tells', 'tell'], ['wrote', 'write'], ['written', 'write'], ['writes', 'write'],
  ['sang', 'sing'], ['sung', 'sing'], ['swore', 'swear'], ['sworn', 'swear'], ['read', 'read'], ['reads', 'read'], ['spoke', 'speak'],
  ['thought', 'think'], ['knew', 'know'], ['gave', 'give'], ['put', 'put'], ['forecast', 'forecast'], ['began', 'begin'],
  ['went', 'go'], ['made', 'make'], ['saw', 'see'], ['felt', 'feel'], ['meant', 'mean'], ['cried', 'cry'], ['replied', 'reply'],
]);

/** "He’s claiming": a pronoun's 's is "is" or "has", never a possessive, so the next word may be a cue. */
const PRONOUN_CONTRACTION = /^(he|she|it|that|who)['’]s$/i;

/** Lemma of a cue word, or undefined when the token is no verb of saying. */
export function cueLemma(ctx: AttributionContext, i: number): string | undefined {
  const t = ctx.tokens[i]!;
  const word = lower(t);
  if (word === 'according' && lower(ctx.tokens[i + 1] ?? t) === 'to') return 'according to';
  // "as a Homeland Security memo put it": "put it" is a way of saying; "put" alone is not.
  if (word === 'put' && lower(ctx.tokens[i + 1] ?? t) === 'it') return 'put';
  // "A GAO report found that …": a finding reported as a statement; "found" alone is too common.
  if (['found', 'finds'].includes(word) && lower(ctx.tokens[i + 1] ?? t) === 'that' && !breaksAfter(t)) return 'find';
  // "footage of Trump saying …": compromise takes the participle after a name for a noun.
  if (/ing$/.test(word) && !isCapitalized(t) && has(t, 'Noun') && !has(t, 'Verb') && participleAfterName(ctx, i)) return inflectionsOf(word).find((w) => ctx.cues.has(w) && !VERDICT_LEMMAS.has(w));
  // "Trump is promising …": after a form of "be", an -ing word is the verb (compromise may read "promising" as an adjective).
  const progressive = /^\p{L}{3,}ing$/u.test(word) && /^(is|are|was|were|am|been)$|^(he|she|it|they|we|i)['’](s|re|m)$/i.test(ctx.tokens[i - 1]?.text ?? '');
  if (!has(t, 'Verb') && !progressive && !['said', 'says', 'told', 'tells', 'wrote', 'added', 'tweeted', 'asked'].includes(word) && !verbAfterSubject(ctx, i)) return undefined;
  if (has(t, 'Auxiliary') || has(t, 'Copula')) return undefined;
  // "Trump's claims", "the report", "Republican claims": a noun after a determiner, possessive or adjective.
  const prev = ctx.tokens[i - 1];
  if (prev && (has(t, 'Noun') || has(t, 'Plural')) && !/[,;:]/.test(prev.post) && (has(prev, 'Determiner') || has(prev, 'Possessive') || has(prev, 'Adjective') || /['’]s$/.test(prev.text)) && !PRONOUN_CONTRACTION.test(prev.text)) return undefined;
  // "32% of Republican claims": after "of", a party or nationality adjective makes the next word a noun.
  if (prev && /s$/.test(word) && ADJECTIVAL_PROPER.test(prev.text) && !breaksAfter(prev) && lower(ctx.tokens[i - 2] ?? prev) === 'of') return undefined;
  // Irregular forms from a table, regular ones by their endings: fast, and compromise alone reads some
  // forms as adjectives ("stated", "noted").
  const irregular = IRREGULAR.get(word);
  if (irregular) return ctx.cues.has(irregular) ? irregular : undefined;
  const lemma = inflectionsOf(word).find((w) => ctx.cues.has(w));
  return lemma && VERDICT_LEMMAS.has(lemma) && !VERDICT_FORMS.has(word) ? undefined : lemma;
}

/** Verdict and labelling verbs are cues only in their finite past forms: "ruled", not "a court ruling" or "DNC rules". */
const VERDICT_LEMMAS = new Set(['rate', 'rule', 'brand', 'label', 'deem']);
const VERDICT_FORMS = new Set(['rated', 'ruled', 'branded', 'labeled', 'labelled', 'deemed']);

/** Capitalized adjectives of party and nationality ("Republican", "Democratic", "Chinese", "British"). */
const ADJECTIVAL_PROPER = /^\p{Lu}\p{Ll}+(ic|an|ese|ish)$/u;

/** "of Trump saying": an -ing word right after a name (no comma between) is that name's participle. */
function participleAfterName(ctx: AttributionContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return !!prev && ctx.usable(i - 1) && !breaksAfter(prev) && isCapitalized(prev) && (has(prev, 'Person') || has(prev, 'ProperNoun')) && !has(prev, 'Place');
}

/** A present-tense cue compromise took for a plural noun: "… a narrator in the ad asks." (a noun before it, the clause ending after it). */
function verbAfterSubject(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  if (!/(s|ed)$/.test(t.text) || !prev) return false;
  // Headline style: "Blinken promises to raise “real concerns”", "…, warns that …".
  const next = ctx.tokens[i + 1];
  if (next && ['to', 'that'].includes(lower(next)) && !/[.,;:]/.test(t.post) && (isCapitalized(prev) || /,/.test(prev.post))) return true;
  if (!/^[.,;]/.test(t.post.trim())) return false;
  return (has(prev, 'Noun') || has(prev, 'Pronoun')) && !has(prev, 'Determiner') && !has(prev, 'Adjective') && !/[,;:]/.test(prev.post);
}

/** Candidate lemmas of an inflected verb form: "noted" → note, "tweeted" → tweet, "cries" → cry, "quipped" → quip. */
function inflectionsOf(word: string): string[] {
  const out = [word];
  const m = /^(.+?)(ied|ies|ed|es|s|ing)$/.exec(word);
  if (!m) return out;
  const [, stem, ending] = m;
  if (ending === 'ied' || ending === 'ies') out.push(`${stem}y`);
  out.push(stem!, `${stem}e`);
  if (/([b-df-hj-np-tv-z])\1$/.test(stem!)) out.push(stem!.slice(0, -1));
  return out;
}
