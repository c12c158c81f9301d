/**
 * Which optional feature groups a model uses. A model file records its own (model-io.ts), so the
 * tagger always computes the features its model was trained with; cross-validation compares them.
 * On its own, so the model (perceptron.ts, model-io.ts) needs nothing of the feature code.
 */
export interface FeatureOptions {
  /** Word cluster levels of the word itself (0 fine, 1 middle, 2 coarse; clusters.ts). */
  clusters?: number[];
  /** The middle-level cluster of the words either side. */
  clusterContext?: boolean;
  /** The words around the run of capitalized words a token is in ("shares of | Ask Jeeves | said"). */
  runContext?: boolean;
  /** The run contexts of the same word's other occurrences in the article ("Yukos" in a headline). */
  docContext?: boolean;
  /** A second pass with what the first predicted for the same word elsewhere (stack.ts). */
  twoPass?: boolean;
  /** Leaner context: no compromise tags of the neighbours, document context of single words only (rl/rr, not the bigrams). */
  lean?: boolean;
}
