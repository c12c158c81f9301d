import type { NewsmarkConfig } from '../config.js';
import { DEFAULT_LEXICON, labelEntries, markAmbiguous, mergeLexicons, readLexicon } from './lexicon.js';
import { TermMatcher } from './matcher.js';
import { topicTree, type TopicTree } from './taxonomy.js';

/**
 * The compiled topic engine: taxonomy plus matcher, built once per process for each lexicon
 * configuration (a batch run uses one; tests may use several).
 */
export interface TopicEngine {
  tree: TopicTree;
  matcher: TermMatcher;
  /** Topic codes in the lexicon that the shipped taxonomy does not have (ignored when scoring). */
  unknownTopics: string[];
}

const engines = new Map<string, TopicEngine>();

export function topicEngine(config: NewsmarkConfig = {}): TopicEngine {
  const base = config.issues?.lexicon ?? DEFAULT_LEXICON;
  const extend = config.issues?.extend ?? [];
  const key = JSON.stringify([base, extend]);
  let engine = engines.get(key);
  if (!engine) {
    engine = compile(base, extend);
    engines.set(key, engine);
  }
  return engine;
}

function compile(base: string, extend: readonly string[]): TopicEngine {
  const tree = topicTree();
  const lexicon = mergeLexicons(readLexicon(base), extend.map(readLexicon));
  // Label cues go first so a curated term for the same topic replaces its label's weak weight.
  const entries = markAmbiguous([...(lexicon.labelCues ? labelEntries(tree, lexicon.ignoreLabels) : []), ...lexicon.entries], lexicon.ambiguous);
  const unknownTopics = [...new Set(lexicon.entries.map((e) => e.topic).filter((t) => !tree.nodes.has(t)))];
  return { tree, matcher: new TermMatcher(entries), unknownTopics };
}
