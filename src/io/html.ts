import type { ArticleDoc } from '../model/document.js';

/**
 * A saved web page turned into article text: Readability finds the article, and each block element
 * (paragraph, heading, list item, quote, caption) becomes one paragraph, joined by a blank line so the
 * structure stage sees paragraphs. The page title is the first block (so the headline is found);
 * title, byline and date also go to `meta`. Offsets index this extracted text, not the HTML.
 */
export interface ExtractedPage {
  text: string;
  meta: NonNullable<ArticleDoc['meta']>;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BR',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'NAV']);

/** The little of the DOM this module touches (the project compiles without the DOM library). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  tagName?: string;
}

type Loaded = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
let loaded: Promise<Loaded> | undefined;
/** Loaded once, on the first page: text-only runs never pay for a DOM. */
const load = (): Promise<Loaded> =>
  (loaded ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(([l, r]) => ({ parseHTML: l.parseHTML, Readability: r.Readability })));

export async function extractHtml(html: string, source?: string): Promise<ExtractedPage> {
  const { parseHTML, Readability } = await load();
  const { document } = parseHTML(html);
  const metaDate = pageDate(document);
  const pageTitle = clean(document.querySelector('title')?.textContent ?? '');
  let article: { title?: string | null; byline?: string | null; publishedTime?: string | null; content?: unknown } | null = null;
  try {
    // The serializer hands back the element itself, so the article is walked without a second parse.
    article = new Readability(document as never, { serializer: (el: unknown) => el as string }).parse();
  } catch {
    article = null;
  }
  const root = (article?.content as unknown as DomNode | undefined) ?? (parseHTML(html).document.body as unknown as DomNode | null);
  const blocks = root ? blockTexts(root) : [];
  const title = clean(article?.title ?? '') || pageTitle;
  if (title && blocks[0] !== title) blocks.unshift(title);
  const meta: NonNullable<ArticleDoc['meta']> = {};
  if (title) meta.title = title;
  const byline = clean(article?.byline ?? '');
  if (byline) meta.byline = byline;
  const date = article?.publishedTime ?? metaDate;
  if (date) meta.date = date;
  if (source) meta.source = source;
  return { text: blocks.join('\n\n'), meta };
}

/** Text of every block element in document order, inline elements joined into their block. */
export function blockTexts(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = clean(current);
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node.tagName ?? '').toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

function pageDate(document: { querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null }): string | undefined {
  for (const selector of ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[itemprop="datePublished"]', 'time[datetime]']) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute(selector.startsWith('time') ? 'datetime' : 'content');
    if (value?.trim()) return value.trim();
  }
  return undefined;
}
