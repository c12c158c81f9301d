import type { Block, Sentence, Token } from '../model/document.js';

/**
 * The article's words as the topic and keyphrase stages read them: body text only (no byline,
 * dateline, boilerplate or section kicker), each with its block kind and a flag for a break after
 * it (sentence end or punctuation a phrase never crosses).
 */
export interface Word {
  token: Token;
  kind: Block['kind'];
  /** Index among the body sentences (the headline is -1), for position salience. */
  sentenceRank: number;
  breakAfter: boolean;
  /** Index of this word in the article's reading order. */
  index: number;
  text: string;
}

const SKIPPED: ReadonlySet<Block['kind']> = new Set(['byline', 'dateline', 'boilerplate', 'section']);
/** Punctuation after a word that ends a phrase; hyphens, apostrophes and spaces do not. */
const PHRASE_BREAK = /[,;:.!?()[\]{}"“”«»—–|/…]/;

export function articleWords(tokens: readonly Token[], blocks: readonly Block[], sentences: readonly Sentence[]): Word[] {
  const words: Word[] = [];
  const rankOfSentence = new Map<number, number>();
  let bodySentences = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const kind = blocks[sentences[token.sentence]?.block ?? -1]?.kind ?? 'paragraph';
    if (SKIPPED.has(kind)) continue;
    let rank = rankOfSentence.get(token.sentence);
    if (rank === undefined) {
      rank = kind === 'headline' ? -1 : bodySentences++;
      rankOfSentence.set(token.sentence, rank);
    }
    const next = tokens[i + 1];
    const breakAfter = !next || next.sentence !== token.sentence || PHRASE_BREAK.test(token.post) || PHRASE_BREAK.test(next.pre);
    words.push({ token, kind, sentenceRank: rank, breakAfter, index: words.length, text: token.text });
  }
  // A skipped block between two kept words also breaks a phrase.
  for (let i = 0; i + 1 < words.length; i++) if (words[i + 1]!.token.sentence !== words[i]!.token.sentence) words[i]!.breakAfter = true;
  return words;
}
