import type { ArticleDoc, DocWith, LayerName, Layers } from '../model/document.js';
import type { NewsmarkConfig } from '../config.js';

export type { DocWith } from '../model/document.js';

/** What one article's run may vary, besides its text: everything else is fixed when the stage is built. */
export interface RunOptions {
  /** The date (YYYY-MM-DD) relative dates are resolved against when the article gives none (`--date`). */
  referenceDate?: string;
}

/**
 * One stage, built: it declares the layers it reads (`requires`) and the layers it adds (`provides`),
 * and `run` is given a document that has the first and must return every one of the second — a stage
 * that forgets a provided layer does not compile (tests/architecture/contract.test-d.ts).
 * `run` never formats and never throws on bad input: it returns what it can and pushes diagnostics to
 * `doc.diagnostics`. Its config and resources (models, lexicons) were given when it was built.
 */
export interface Annotator<R extends LayerName, P extends LayerName> {
  name: string;
  requires: readonly R[];
  provides: readonly P[];
  run(doc: DocWith<R>, options: RunOptions): Pick<Layers, P>;
}

/**
 * Any built stage, as the pipeline holds it. `Annotator<R, P>` is one: `run` is a method, so its
 * document parameter is compared both ways (a `DocWith<R>` is an `ArticleDoc`), and what the pipeline
 * passes is sound because `createPipeline` checked, before building, that an earlier stage provides
 * every layer of `requires`. This is the one place the stage contract is trusted rather than checked
 * by the compiler.
 */
export interface AnyAnnotator {
  name: string;
  requires: readonly LayerName[];
  provides: readonly LayerName[];
  run(doc: ArticleDoc, options: RunOptions): Partial<Layers>;
}

/**
 * A stage before it is built: `create(config, resources)` loads and checks what the stage needs (a
 * model, a lexicon) once — throwing a ConfigError when it cannot be used — and returns the built
 * stage. `resources` are what a caller gives instead of the defaults (another tagger model, another
 * topic engine); a stage loads the default of whatever is not given.
 */
export interface Stage<R extends LayerName, P extends LayerName, Res = unknown> {
  name: string;
  requires: readonly R[];
  provides: readonly P[];
  create(config: NewsmarkConfig, resources?: Res): Annotator<R, P>;
}

/** Any stage factory, as `createPipeline` takes it. */
export interface AnyStage<Res = unknown> {
  name: string;
  requires: readonly LayerName[];
  provides: readonly LayerName[];
  create(config: NewsmarkConfig, resources?: Res): AnyAnnotator;
}

/**
 * A stage factory from its declaration and a function that, given the config and resources, loads
 * what it needs and returns the stage's `run`.
 */
export function defineStage<R extends LayerName, P extends LayerName, Res = unknown>(
  meta: { name: string; requires: readonly R[]; provides: readonly P[] },
  build: (config: NewsmarkConfig, resources: Res | undefined) => Annotator<R, P>['run'],
): Stage<R, P, Res> {
  return { ...meta, create: (config, resources) => ({ ...meta, run: build(config, resources) }) };
}
