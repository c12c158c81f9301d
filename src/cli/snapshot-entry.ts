/**
 * The entry of newsmark's start-up snapshot (scripts/build-snapshot.mjs bundles it into one script
 * and runs `node --build-snapshot` on it). Everything this module loads and warms — compromise and
 * its lexicon, the NER model, gazetteers, the topic lexicon, the writer of every format in
 * writers/formats.ts — is saved in the V8 heap snapshot, so a cold `newsmark` starts with it in
 * memory instead of building it again.
 *
 * Nothing here may depend on where or how newsmark later runs (working directory, environment,
 * terminal): those are read when `main` runs, after the snapshot is restored.
 */
import v8 from 'node:v8';
import { watchLauncher } from './launch.js';
import { main } from './main.js';
import { renderArticle } from '../batch/render.js';
import { WARM_UP } from '../batch/warm-up.js';
import { FORMATS } from '../writers/formats.js';

// One article through the pipeline and every writer loads each stage's lazy data into the heap.
for (const format of FORMATS) renderArticle(WARM_UP, { format }, {});

v8.startupSnapshot.setDeserializeMainFunction(async () => {
  watchLauncher();
  // Restored by `node --snapshot-blob FILE -- args…`: argv is [node, …args], with no script path.
  process.exitCode = await main(process.argv.slice(1));
});
