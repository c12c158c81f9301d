/**
 * Input docs for quote tests: the real structure and tokens stages, plus hand-made people and
 * organizations, so the tests do not depend on the entity tagger.
 */
import { structure } from '../../src/annotators/structure.js';
import { tokens } from '../../src/annotators/tokens.js';
import { quotes } from '../../src/annotators/quotes.js';
import type { NewsmarkConfig } from '../../src/config.js';
import { createDoc, layer, type ArticleDoc, type Entity, type EntityType, type Mention } from '../../src/model/document.js';

export interface HandEntity {
  type?: EntityType;
  name: string;
  /** Surface forms; every occurrence in the text becomes a mention. */
  forms: string[];
  gender?: 'male' | 'female';
  title?: string;
  affiliation?: string;
}

export function docWith(text: string, people: HandEntity[] = []): ArticleDoc {
  const doc = createDoc('t', text);
  const blocks = structure.run(doc, {}).blocks;
  Object.assign(doc.layers, { blocks }, tokens.run({ ...doc, layers: { blocks } }, {}));
  const mentions: Mention[] = [];
  const entities: Entity[] = [];
  people.forEach((p, k) => {
    const id = `e${k + 1}`;
    const ids: string[] = [];
    for (const form of p.forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        const before = text[at - 1] ?? ' ';
        const after = text[at + form.length] ?? ' ';
        if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
        if (mentions.some((m) => m.start < at + form.length && at < m.end)) continue;
        const mid = `m${mentions.length + 1}`;
        mentions.push({ id: mid, start: at, end: at + form.length, text: form, type: p.type ?? 'person', form: 'name', entityId: id });
        ids.push(mid);
      }
    }
    entities.push({ id, type: p.type ?? 'person', name: p.name, mentionIds: ids, ...(p.gender ? { gender: p.gender } : {}), ...(p.title ? { title: p.title } : {}), ...(p.affiliation ? { affiliation: p.affiliation } : {}) });
  });
  mentions.sort((a, b) => a.start - b.start);
  doc.layers.mentions = mentions;
  doc.layers.entities = entities;
  return doc;
}

/** The doc as the quotes stage takes it: every layer it requires present. */
export function quoteInput(doc: ArticleDoc) {
  const { layers } = doc;
  return { ...doc, layers: { ...layers, blocks: layer(doc, 'blocks'), sentences: layer(doc, 'sentences'), tokens: layer(doc, 'tokens'), mentions: layer(doc, 'mentions'), entities: layer(doc, 'entities') } };
}

export function runQuotes(doc: ArticleDoc, config: NewsmarkConfig = {}): ArticleDoc {
  Object.assign(doc.layers, quotes.create(config).run(quoteInput(doc), {}));
  return doc;
}

/** The article as headline + paragraphs, so structure sees body paragraphs. */
export const article = (...paragraphs: string[]) => ['A headline for the test', ...paragraphs].join('\n\n');
