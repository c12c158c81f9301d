import type { ArticleTask } from './render.js';

/** A tiny article whose annotation makes every stage load its lazy data once. */
export const WARM_UP: ArticleTask = { id: 'warm-up', text: 'Warm-up\n\nA short article, said the editor in London on Monday.' };
