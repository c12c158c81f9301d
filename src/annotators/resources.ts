import type { LinearModel } from '../ner/perceptron.js';
import type { TopicEngine } from '../topics/engine.js';
import type { Lexicon } from '../topics/lexicon.js';
import type { SpeakerModel } from '../quotes/speaker-ranker.js';

/**
 * What the default stages can be given instead of the data they load themselves when built
 * (`buildPipeline(config, resources)`): a library user's own tagger model or topic lexicon. Anything
 * not given is loaded once, when the pipeline is built: the shipped NER model (models/ner.bin), the
 * topic lexicon the config names (or the built-in one), the speaker ranker (models/speakers.json), the gazetteers and word clusters, the cue
 * verbs with the config's own. A file given here that cannot be used is a ConfigError then.
 */
export interface Resources {
  /** The NER tagger's model, or the path of a model file (default: the shipped models/ner.bin). */
  nerModel?: LinearModel | string;
  /**
   * The topics: a compiled engine (`compileTopicEngine`), a lexicon (`parseLexicon`, `readLexicon`),
   * or the path of a lexicon file; it replaces what `config.issues` names (default: the built-in lexicon).
   */
  topics?: TopicEngine | Lexicon | string;
  /**
   * The speaker ranker's weights, or the path of a model file (default: the shipped
   * models/speakers.json); null runs the quote attribution rules alone.
   */
  speakerModel?: SpeakerModel | string | null;
}
