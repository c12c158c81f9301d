import type { Token } from '../model/document.js';
import type { TokenSpan } from '../ner/tags.js';

/**
 * Name particles: lower-case (or, opening a sentence, capitalized) words inside surnames — "Ursula
 * von der Leyen", "Virgil van Dijk", "Charles de Gaulle", "Mohammed bin Salman", "Abdullah ibn
 * Hussein", "Lula da Silva", "Giovani lo Celso", "Joaquin del Olmo", "Van der Westhuizen". The
 * tagger often stops at the particle and makes two names of one ("Ursula" + "Leyen"), or leaves the
 * particle out of a bare surname ("von der Leyen said" → "Leyen"). Hyphenated particles ("al-Assad")
 * are one word already. "do" and "y" are left out (English and Spanish words far more often).
 */
export const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'degli', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'lo', 'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ter', 'ten', 'zu', 'vom', 'af', 'av']);

const isParticle = (t: Token) => PARTICLES.has(t.text.toLowerCase()) && /^\s+$/.test(t.post);
const capitalized = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * Join person spans across particles ("Ursula" + "von der" + "Leyen" → one person), and extend a
 * person span back over the particles before it ("von der Leyen"). The span before the particles
 * may have any type ("Van" tagged as a place in "Van der Westhuizen"), but must touch them.
 * Not when the words before are no name ("the van Smith drove": "van" follows "the").
 */
export function joinParticles(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  // Most sentences hold no particle right before a person: nothing to copy.
  if (!spans.some((s) => s.type === 'PER' && s.start > 0 && isParticle(sentence[s.start - 1]!))) return spans as TokenSpan[];
  const out: TokenSpan[] = spans.map((s) => ({ ...s }));
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (s.type !== 'PER') continue;
    const prev = out[k - 1];
    let p = s.start;
    while (p > (prev?.end ?? 0) && s.start - p < 3 && isParticle(sentence[p - 1]!)) p--;
    if (p === s.start) continue;
    if (prev && prev.end === p && capitalized(sentence[prev.end - 1]!) && /^\s+$/.test(sentence[prev.end - 1]!.post)) {
      // "Ursula" + "von der" + "Leyen": one name.
      out.splice(k - 1, 2, { start: prev.start, end: s.end, type: 'PER', source: `${s.source ?? 'tagger'}+rule:particle` });
      k--;
      continue;
    }
    const before = sentence[p - 1];
    // "the van Smith drove", "a la Carte": a particle after a determiner or another lower-case word
    // that no span holds is an ordinary word, unless it opens the sentence or follows punctuation.
    if (before && !/[,;:(—–"“]\s*$/.test(before.post) && !capitalized(before) && !/^\p{Lu}/u.test(sentence[p]!.text)) {
      if (/^(the|a|an|this|that|his|her|their|its|our|my)$/i.test(before.text)) continue;
    }
    const firstName = !!before && ['FirstName', 'MaleName', 'FemaleName'].some((x) => before.tags.includes(x)) && !before.tags.includes('Honorific');
    if (before && firstName && capitalized(before) && /^\s+$/.test(before.post) && !out.some((o) => o.end === p)) {
      // "Joaquin del Olmo" with "Joaquin" untagged: a first name before belongs too ("President de Gaulle" keeps its title out).
      s.start = p - 1;
    } else s.start = p;
    s.source = `${s.source ?? 'tagger'}+rule:particle`;
  }
  return out;
}

/**
 * "Catherine Adeyemi" + "-" + "Ross": two person spans the tagger split at a hyphen with no space
 * around it are one double-barrelled name ("Adeyemi-Ross", "Venkataraman-Clarke"). A spaced dash
 * ("Smith - Jones"), two surnames ("the Obama-Biden ticket") or another type on either side leave them apart.
 */
export function joinHyphenatedNames(sentence: readonly Token[], spans: readonly TokenSpan[]): TokenSpan[] {
  if (!spans.some((s, k) => s.type === 'PER' && spans[k + 1]?.start === s.end && sentence[s.end - 1]!.post === '-')) return spans as TokenSpan[];
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const prev = out.at(-1);
    // A given name before the first part, one word after the hyphen: "Catherine Adeyemi-Ross"; not
    // two surnames joined ("the Obama-Biden ticket") nor two full names ("Ann Lee-Bob Ray").
    if (prev && prev.type === 'PER' && s.type === 'PER' && prev.end === s.start && prev.end - prev.start >= 2 && s.end - s.start === 1 && sentence[prev.end - 1]!.post === '-' && /^\p{Lu}/u.test(sentence[s.start]!.text)) {
      out[out.length - 1] = { ...prev, end: s.end, source: `${prev.source ?? 'tagger'}+rule:hyphenated-name` };
      continue;
    }
    out.push(s);
  }
  return out;
}
