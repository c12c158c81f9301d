import type { NewsmarkConfig } from '../config.js';
import { DEFAULT_LEXICON, labelEntries, markAmbiguous, mergeLexicons, readLexicon, type Lexicon } from './lexicon.js';
import { TermMatcher } from './matcher.js';
import { topicTree, type TopicTree } from './taxonomy.js';

/**
 * The compiled topic engine: taxonomy plus matcher. `topicEngine(config)` compiles it when a pipeline
 * is built, once per process for each lexicon configuration (a batch run uses one; tests may use
 * several); it throws a LexiconError on a lexicon file it cannot use.
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
  return compileTopicEngine(mergeLexicons(readLexicon(base), extend.map(readLexicon)));
}

/** A topic engine from a lexicon already read (a library user's own, given as `resources.topics`). */
export function compileTopicEngine(lexicon: Lexicon): TopicEngine {
  const tree = topicTree();
  // Label cues go first so a curated term for the same topic replaces its label's weak weight.
  const entries = markAmbiguous([...(lexicon.labelCues ? labelEntries(tree, lexicon.ignoreLabels) : []), ...lexicon.entries], lexicon.ambiguous);
  const unknownTopics = [...new Set(lexicon.entries.map((e) => e.topic).filter((t) => !tree.nodes.has(t)))];
  return { tree, matcher: new TermMatcher(entries), unknownTopics };
}
