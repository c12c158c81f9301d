/** Build the issues stage's input by hand: words with the tags compromise would give, in one paragraph. */
import type { ArticleDoc, Block, Sentence, Token } from '../../src/model/document.js';
import { createDoc } from '../../src/model/document.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { Annotator } from '../../src/pipeline/annotator.js';
import type { NewsmarkConfig } from '../../src/config.js';
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { issues } from '../../src/annotators/issues.js';

/** The issues stage reads mentions and entities only through `requires`; an empty stand-in keeps these tests off the NER model. */
const noEntities: Annotator<never, 'mentions' | 'entities'> = { name: 'no-entities', requires: [], provides: ['mentions', 'entities'], run: () => ({ mentions: [], entities: [] }) };
/** The issues pipeline built for a config (the topic engine of each lexicon configuration is compiled once). */
export const issuesPipelineFor = (config: NewsmarkConfig = {}) => createPipeline([structure, tokens, noEntities, issues], { config });
export const issuesPipeline = issuesPipelineFor();

export function annotateIssues(text: string, config: NewsmarkConfig = {}): ArticleDoc {
  return (Object.keys(config).length ? issuesPipelineFor(config) : issuesPipeline).run(createDoc('t', text));
}

/** A doc whose words are given as [text, tags] pairs, separated by single spaces; `headline` marks the first sentence. */
export function handDoc(sentences: [string, string[]][][], headline = false): { doc: ArticleDoc; tokens: Token[]; blocks: Block[]; sentences: Sentence[] } {
  let text = '';
  const toks: Token[] = [];
  const sents: Sentence[] = [];
  const blocks: Block[] = [];
  sentences.forEach((words, s) => {
    if (s > 0) text += '\n\n';
    const start = text.length;
    words.forEach(([w, tags], k) => {
      if (k > 0) text += ' ';
      const from = text.length;
      text += w;
      toks.push({ start: from, end: text.length, text: w, normal: w.toLowerCase(), tags, sentence: s, pre: '', post: k === words.length - 1 ? '' : ' ' });
    });
    blocks.push({ start, end: text.length, text: text.slice(start), kind: headline && s === 0 ? 'headline' : 'paragraph' });
    sents.push({ start, end: text.length, text: text.slice(start), block: s });
  });
  const doc = createDoc('hand', text);
  doc.layers = { blocks, sentences: sents, tokens: toks, mentions: [], entities: [] };
  return { doc, tokens: toks, blocks, sentences: sents };
}

export const N = ['Noun'];
export const PN = ['Noun', 'ProperNoun'];
export const ADJ = ['Adjective'];
export const DET = ['Determiner'];
export const VERB = ['Verb'];
export const PREP = ['Preposition'];
