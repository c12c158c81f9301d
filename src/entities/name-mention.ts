import type { EntityType } from '../model/document.js';

/** A name found in the text: the unit the entities stage splits, joins, types and links. */
export interface NameMention {
  start: number;
  end: number;
  type: EntityType;
  /** First and last token (inclusive) in the article's token list. */
  firstToken: number;
  lastToken: number;
  /** The name's words without parentheses and possessive ("President (Joe) Biden" → Joe Biden keeps "President"). */
  words: string[];
  source: string;
}
