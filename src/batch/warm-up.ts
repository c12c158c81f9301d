import type { ArticleTask } from './render.js';

/**
 * A tiny article run once after the pipeline is built (in each worker, and in the start-up snapshot):
 * building loads the models and lexicons; this runs every stage once, so what compromise and the
 * stages set up on first use is ready too.
 */
export const WARM_UP: ArticleTask = { id: 'warm-up', text: 'Warm-up\n\nA short article, said the editor in London on Monday.' };
