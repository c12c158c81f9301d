import type { GoldEntity } from '../ner/align.js';
import type { TrainingDoc } from '../ner/train.js';
import { tokenizeForTraining } from './tokenize.js';
import { TITLE_HEADS } from '../data/words.js';

/**
 * GUM (../shared/train/gum) as extra training data for the CoNLL-style tagger. GUM marks whole noun
 * phrases ("the University of Basel, where he held the chair…", "Daniel's", "a Fellow of the Royal
 * Society"), nested, and has no MISC; CoNLL marks bare names, flat. `conllSpan` derives a bare
 * name from a named mention by rules and gives up whenever they do not clearly apply; sentences
 * that still hold a capitalized word no derived name covers (a work, an event, a nationality — MISC
 * in CoNLL, unmarked in GUM — or a mention the rules gave up on) are left out, so what is kept is
 * labelled the CoNLL way as far as we can tell.
 */

interface GumMention {
  start: number;
  end: number;
  type: string;
  named: boolean;
}

export interface GumDoc {
  id: string;
  genre: string;
  text: string;
  entities: GumMention[];
}

const DETERMINER = /^(?:the|this|that|these|those|his|her|its|their|our|my|your)\s+/i;
const INDEFINITE = /^(?:a|an|one|another|some|any|every|each|no)\s/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|st|saint|rev|fr|sr|jr|gen|col|capt|lt|sgt|gov|sen|rep|pres)\.?$/i;
/** Where a noun phrase goes on past the name: apposition, relative clause, parenthesis, list. */
const CLAUSE = /,|;|:|\s\(|\s[–—-]\s|\s(?:who|whom|whose|which|where|when|that|with|from|in|at|on|by|as|to|for|under|after|before)\s/;
const CONNECTOR = /^(?:of|the|and|for|de|du|des|la|le|les|von|van|der|den|da|di|del|della|al|el|bin|ibn|y|&|on|upon|am|zu)$/;
const POSSESSIVE = /(?:['’]s|s['’])$/;

/** The CoNLL-style name inside a GUM named mention, or null when the rules cannot tell. */
export function conllSpan(text: string, m: GumMention): GoldEntity | null {
  if (!m.named || !['PER', 'LOC', 'ORG'].includes(m.type)) return null;
  let start = m.start;
  let end = m.end;
  let s = text.slice(start, end);
  if (INDEFINITE.test(s)) return null; // "a Fellow of the Royal Society": a description
  const det = DETERMINER.exec(s);
  if (det) {
    if (m.type === 'PER') return null; // "the Huguenots", "the younger Bernoullis": groups, descriptions
    start += det[0].length;
    s = text.slice(start, end);
  }
  const clause = CLAUSE.exec(s);
  if (clause) {
    end = start + clause.index;
    s = text.slice(start, end);
  }
  // Trailing spaces and punctuation go; a full stop stays on an abbreviation ("U.S.", "Corp.").
  s = s.replace(/[\s,;:!?"”’')]+$/u, '');
  if (s.endsWith('.') && !/(?:\b\p{Lu}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Bros))\.$/u.test(s)) s = s.slice(0, -1);
  end = start + s.length;
  const poss = POSSESSIVE.exec(s);
  if (poss) {
    end -= poss[0].endsWith('s') ? 2 : 1;
    s = text.slice(start, end);
  }
  // Titles before a person's name are not part of it in CoNLL ("President Lincoln", "Dr. Smith").
  let words = [...s.matchAll(/\S+/g)];
  if (m.type === 'PER') {
    let k = 0;
    while (k < words.length - 1 && (HONORIFIC.test(words[k]![0]) || TITLE_HEADS.has(words[k]![0].toLowerCase()))) k++;
    if (k > 0) {
      start += words[k]!.index;
      s = text.slice(start, end);
      words = [...s.matchAll(/\S+/g)];
    }
    if (words.some((w) => w[0] === 'and' || TITLE_HEADS.has(w[0].toLowerCase()))) return null; // "Niklaus and Johann II", "Minister of X"
  } else if (m.type === 'LOC' && words.some((w) => w[0] === 'and')) return null;
  if (!words.length || words.length > 8) return null;
  // A name: capitalized words (or numbers), lower-case connectors only between them.
  const cap = (w: string) => /^[\p{Lu}\d]/u.test(w);
  if (!cap(words[0]![0]) || !cap(words[words.length - 1]![0])) return null;
  if (words.some((w) => !cap(w[0]) && !CONNECTOR.test(w[0]))) return null;
  if (start >= end) return null;
  return { start, end, type: m.type as GoldEntity['type'] };
}

/** Capitalized, not sentence-initial, not "I": a word a CoNLL annotator might have marked. */
const capitalizedWord = (w: string) => /^\p{Lu}/u.test(w) && w !== 'I' && /\p{L}/u.test(w);

/** GUM documents as training documents, with only the sentences whose names the rules account for. */
export function gumTrainingDocs(docs: readonly GumDoc[], options: { genres?: readonly string[] } = {}): TrainingDoc[] {
  const out: TrainingDoc[] = [];
  for (const d of docs) {
    if (options.genres && !options.genres.includes(d.genre)) continue;
    const spans = d.entities.map((m) => conllSpan(d.text, m)).filter((e): e is GoldEntity => e !== null);
    // Flat, like CoNLL: a name inside another derived name goes ("Paris" in "University of Paris").
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const flat: GoldEntity[] = [];
    for (const e of spans) {
      const last = flat[flat.length - 1];
      if (last && e.start < last.end) continue;
      flat.push(e);
    }
    const sentences = tokenizeForTraining(d.text).filter((s) =>
      s.every((t, i) => {
        if (i === 0 || !capitalizedWord(t.text)) return true;
        return flat.some((e) => e.start <= t.start && t.end <= e.end + 2);
      }),
    );
    if (sentences.length) out.push({ sentences, entities: flat });
  }
  return out;
}
