import { defineStage, type Stage } from '../pipeline/annotator.js';
import type { Resources } from './resources.js';
import type { LinearModel } from '../ner/perceptron.js';
import type { Block, DocWith, Entity, Mention, Sentence, Token } from '../model/document.js';
import type { TokenSpan } from '../ner/tags.js';
import { loadNerModel, shippedNerModel, tagSentences } from '../ner/tagger.js';
import { groupBySentence } from '../ner/sentences.js';
import { nestedOrgs, nestedPersons, nestedPlaces, toMentions, type NameMention } from '../entities/mentions.js';
import { agencyInParentheses, bylineSpans, signoffSpans } from '../entities/rules.js';
import { linkMentions } from '../entities/link.js';
import { linkInputs } from '../entities/linkcontext.js';
import { describeEntities } from '../entities/attributes.js';
import { titleMentions } from '../entities/titles.js';
import { descriptionMentions } from '../entities/descriptions.js';
import { gazetteer, lookup, phraseWords } from '../data/gazetteer.js';
import { wordClusters } from '../ner/clusters.js';
import { propagateNames } from '../entities/propagate.js';
import { datelineAt } from '../entities/dateline.js';
import { creditParts } from '../entities/credits.js';
import { possessorsOfPeople } from '../entities/possessive.js';
import { isSportsArticle, sportsTeams } from '../entities/sports.js';
import { documentEvidence } from '../ner/features.js';

/**
 * People, places and organizations: the learned tagger (src/ner) finds names, src/entities turns
 * them into mentions, links the mentions of one article into entities and reads their attributes
 * (title, affiliation, kind, country, gender) from the words around them.
 */
export const entities: Stage<'blocks' | 'sentences' | 'tokens', 'mentions' | 'entities', Resources> = defineStage(
  { name: 'entities', requires: ['blocks', 'sentences', 'tokens'], provides: ['mentions', 'entities'] },
  (_config, resources) => {
    // Loaded (and checked) once, when the pipeline is built: a missing or broken model file is a ConfigError.
    const given = resources?.nerModel;
    const model = given === undefined ? shippedNerModel() : typeof given === 'string' ? loadNerModel(given) : given;
    // The place lists and the word clusters the tagger reads load now too, not on the first article.
    gazetteer();
    wordClusters();
    return (doc) => findEntities(doc, model);
  },
);

function findEntities(doc: DocWith<'blocks' | 'sentences' | 'tokens'>, model: LinearModel): { mentions: Mention[]; entities: Entity[] } {
  const { blocks, sentences, tokens } = doc.layers;
  const { groups, fixed } = cutDatelines(groupBySentence(tokens), blocks, sentences);
  // Token index of each group's first token, to turn sentence-relative spans into article indices.
  const offsets: number[] = [];
  let at = 0;
  for (const g of groups) {
    offsets.push(at);
    at += g.length;
  }
  const evidence = documentEvidence(groups);
  const kinds = groups.map((g) => blocks[sentences[g[0]!.sentence]?.block ?? -1]?.kind);
  // A section kicker ("Health", "Business") names the desk, not an entity; boilerplate is not the article.
  // A wire sign-off ("(Reporting by …; Editing by …)") names people, in boilerplate too.
  const signoffs = groups.map((g, k) => (kinds[k] === 'section' ? null : signoffSpans(g)));
  const skipped = kinds.map((kind, k) => (kind === 'boilerplate' && !signoffs[k]) || kind === 'section');
  const raw = tagSentences(groups, model, evidence).map((spans, k) => {
    if (skipped[k]) return [];
    const signoff = signoffs[k];
    if (!signoff) return fixed.get(k) ?? spans;
    const kept = kinds[k] === 'boilerplate' ? [] : spans.filter((s) => s.end <= signoff.start || s.start >= signoff.end);
    return [...kept, ...signoff.spans].sort((a, b) => a.start - b.start);
  });
  const tagged = propagateNames(groups, raw, evidence.lower);
  const found: NameMention[] = [];
  groups.forEach((g, k) => {
    const kind = kinds[k];
    if (skipped[k]) return;
    const spans = kind === 'byline' ? bylineSpans(g) ?? tagged[k]! : agencyInParentheses(g, tagged[k]!);
    found.push(...withCredits(doc.text, g, offsets[k]!, toMentions(doc.text, g, offsets[k]!, spans)));
  });
  possessorsOfPeople(doc.text, tokens, found);
  if (isSportsArticle(doc.text)) sportsTeams(tokens, found);
  found.push(...nestedPlaces(tokens, found), ...nestedPersons(tokens, found), ...nestedOrgs(tokens, found));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return build(doc.text, tokens, found);
}

function build(text: string, tokens: readonly Token[], found: NameMention[]): { mentions: Mention[]; entities: Entity[] } {
  const linked = linkMentions(linkInputs(tokens, found));
  const mentions: Mention[] = found.map((m, i) => {
    const rule = linked.rule[i];
    const listed = lookup(m.words.flatMap((w) => phraseWords(w))) !== undefined;
    const source = rule && rule !== 'link:same-name' ? rule : listed && !m.source.includes('gazetteer') ? `${m.source}+gazetteer` : m.source;
    return { id: `m${i + 1}`, start: m.start, end: m.end, text: text.slice(m.start, m.end), type: linked.type[i]!, form: 'name', source };
  });
  const out: Entity[] = linked.clusters.map((c, id) => ({ id: `e${id + 1}`, type: c.type, name: c.name, mentionIds: [] }));
  linked.cluster.forEach((c, i) => {
    out[c]!.mentionIds.push(mentions[i]!.id);
    mentions[i]!.entityId = out[c]!.id;
  });
  describeEntities(text, tokens, found, linked, out);
  for (const m of titleMentions(text, tokens, mentions, out)) {
    m.id = `m${mentions.length + 1}`;
    mentions.push(m);
    out.find((e) => e.id === m.entityId)!.mentionIds.push(m.id);
  }
  for (const m of descriptionMentions(text, tokens, mentions, out)) {
    m.id = `m${mentions.length + 1}`;
    mentions.push(m);
    out.find((e) => e.id === m.entityId)!.mentionIds.push(m.id);
  }
  return { mentions, entities: out.filter((e) => e.mentionIds.length > 0) };
}

/**
 * A wire dateline opening a paragraph ("MANCHESTER, England (Reuters) - Erling Haaland scored…")
 * becomes a sentence of its own, typed by rule (`fixed`), so the lead is tagged from its first
 * word and nothing of the dateline is glued to it (src/entities/dateline.ts).
 */
function cutDatelines(groups: Token[][], blocks: readonly Block[], sentences: readonly Sentence[]): { groups: Token[][]; fixed: Map<number, TokenSpan[]> } {
  const out: Token[][] = [];
  const fixed = new Map<number, TokenSpan[]>();
  let lastBlock = -1;
  for (const g of groups) {
    const block = sentences[g[0]!.sentence]?.block ?? -1;
    const kind = blocks[block]?.kind;
    const opens = block !== lastBlock;
    lastBlock = block;
    const dateline = opens && (kind === 'paragraph' || kind === 'dateline') ? datelineAt(g) : null;
    if (!dateline) {
      out.push(g);
      continue;
    }
    fixed.set(out.length, dateline.spans);
    out.push(g.slice(0, dateline.end), g.slice(dateline.end));
  }
  return { groups: out, fixed };
}

/**
 * Photo credits in a sentence ("REUTERS/Jane Doe", "Photo: AP"): the tagger's names there give way
 * to the credit's agency (an organization) and photographer (a person); labels are no names.
 */
function withCredits(text: string, sentence: readonly Token[], offset: number, mentions: NameMention[]): NameMention[] {
  // Most sentences hold no slash or colon: no credit to look for.
  const from = sentence[0]!.start;
  const to = sentence[sentence.length - 1]!.end;
  // Looked for in the sentence only: indexOf over the rest of the text made long articles quadratic.
  const words = text.slice(from, to);
  if (!words.includes('/') && !words.includes(':')) return mentions;
  const parts = creditParts(text, from, to);
  if (!parts.length) return mentions;
  const out = mentions.filter((m) => !parts.some((p) => p.start < m.end && m.start < p.end));
  for (const p of parts) {
    if (!p.type) continue;
    let first = -1;
    let last = -1;
    sentence.forEach((t, i) => {
      if (t.start < p.end && p.start < t.end) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) continue;
    out.push({ start: p.start, end: p.end, type: p.type, firstToken: offset + first, lastToken: offset + last, words: text.slice(p.start, p.end).split(/\s+/), source: 'rule:credit' });
  }
  return out.sort((a, b) => a.start - b.start);
}
