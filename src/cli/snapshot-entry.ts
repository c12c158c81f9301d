/**
 * The entry of newsmark's start-up snapshot (scripts/build-snapshot.mjs bundles it into one script
 * and runs `node --build-snapshot` on it). Everything this module builds and warms — the default
 * pipeline with compromise and its lexicon, the NER model, gazetteers, the topic lexicon, and the
 * writer of every format in writers/formats.ts — is saved in the V8 heap snapshot, so a cold `newsmark` starts with it in
 * memory instead of building it again.
 *
 * Nothing here may depend on where or how newsmark later runs (working directory, environment,
 * terminal): those are read when `main` runs, after the snapshot is restored.
 */
import v8 from 'node:v8';
import { watchLauncher } from './launch.js';
import { main } from './main.js';
import { defaultPipeline } from '../annotate.js';
import { renderArticle } from '../batch/render.js';
import { WARM_UP } from '../batch/warm-up.js';
import { FORMATS } from '../writers/formats.js';

// Build the default pipeline (the NER model, lexicons, gazetteers and cue verbs load now, into the
// heap), then one article through it and every writer sets up what they make on first use. `main`
// later finds this pipeline already built for a run with no config (annotate.ts, pipelineFor).
const pipeline = defaultPipeline();
for (const format of FORMATS) renderArticle(WARM_UP, { format }, pipeline);

v8.startupSnapshot.setDeserializeMainFunction(async () => {
  watchLauncher();
  // Restored by `node --snapshot-blob FILE -- args…`: argv is [node, …args], with no script path.
  process.exitCode = await main(process.argv.slice(1));
});
