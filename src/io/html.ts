import type { ArticleMeta } from '../model/document.js';

/**
 * A saved web page turned into article text: Readability finds the article, and each block element
 * (paragraph, heading, list item, quote, caption) becomes one paragraph, joined by a blank line so the
 * structure stage sees paragraphs. The headline (the `<h1>`, else the JSON-LD or `og:title` headline,
 * never the page `<title>` with the site name after it) is the first block, so the structure stage
 * finds it. Title, byline, published date, canonical address and site name go to `meta`, read from
 * the page's `<meta>` tags and JSON-LD before Readability rewrites the DOM. Offsets index this
 * extracted text, not the HTML.
 */
export interface ExtractedPage {
  text: string;
  meta: ArticleMeta;
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
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  previousElementSibling?: DomElement | null;
  closest?(selector: string): DomElement | null;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

type Loaded = { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability };
let loaded: Promise<Loaded> | undefined;
/** Loaded once, on the first page: text-only runs never pay for a DOM. */
const load = (): Promise<Loaded> =>
  (loaded ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(([l, r]) => ({ parseHTML: l.parseHTML, Readability: r.Readability })));

export async function extractHtml(html: string): Promise<ExtractedPage> {
  const { parseHTML, Readability } = await load();
  const { document } = parseHTML(html);
  // Read everything from the head and the headings first: Readability rewrites the DOM it parses.
  const page = readPage(document as unknown as DomDocument);
  let article: { title?: string | null; byline?: string | null; publishedTime?: string | null; content?: unknown } | null = null;
  try {
    // The serializer hands back the element itself, so the article is walked without a second parse.
    article = new Readability(document as never, { serializer: (el: unknown) => el as string }).parse();
  } catch {
    article = null;
  }
  const root = (article?.content as unknown as DomNode | undefined) ?? (parseHTML(html).document.body as unknown as DomNode | null);
  const blocks = root ? blockTexts(root) : [];
  const sites = [page.source, ...page.siteNames].filter((s): s is string => !!s);
  const title = page.headline || stripSiteName(clean(article?.title ?? ''), sites, page.url) || page.pageTitle;
  if (title) placeHeadline(blocks, title, [clean(article?.title ?? ''), page.rawPageTitle], page.kicker);

  const meta: ArticleMeta = {};
  if (title) meta.title = title;
  const byline = page.byline ?? withoutBy(clean(article?.byline ?? ''));
  if (byline) meta.byline = byline;
  const published = page.published ?? (clean(article?.publishedTime ?? '') || undefined);
  if (published) meta.published = published;
  if (page.url) meta.url = page.url;
  if (page.source) meta.source = page.source;
  return { text: blocks.join('\n\n'), meta };
}

/**
 * Put the headline first. Readability often drops the `<h1>` it took as the title from the content,
 * or leaves the page title in its place; a kicker line that stood just above the `<h1>` ("Local
 * government") stays above it, where the structure stage reads it as the section.
 */
function placeHeadline(blocks: string[], title: string, variants: string[], kicker: string | undefined): void {
  const at = blocks.slice(0, 3).indexOf(title);
  if (at >= 0) return;
  if (blocks.length && variants.includes(blocks[0]!)) blocks[0] = title;
  else if (kicker && blocks[0] === kicker) blocks.splice(1, 0, title);
  else blocks.unshift(title);
}

interface PageFacts {
  headline?: string;
  /** A short line just before the `<h1>` (a section kicker). */
  kicker?: string;
  pageTitle?: string;
  rawPageTitle: string;
  byline?: string;
  published?: string;
  url?: string;
  source?: string;
  /** Other names the site goes by (JSON-LD publisher, application-name), for stripping titles. */
  siteNames: string[];
}

function readPage(document: DomDocument): PageFacts {
  const content = (selector: string, attribute = 'content'): string | undefined => {
    const value = clean(document.querySelector(selector)?.getAttribute(attribute) ?? '');
    return value || undefined;
  };
  const meta = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = content(`meta[property="${key}"]`) ?? content(`meta[name="${key}"]`) ?? content(`meta[itemprop="${key}"]`);
      if (value) return value;
    }
    return undefined;
  };
  const ld = jsonLdArticle(document);
  const url = content('link[rel="canonical"]', 'href') ?? meta('og:url') ?? ld.url;
  const source = meta('og:site_name') ?? ld.publisher;
  const siteNames = [ld.publisher, meta('application-name'), meta('twitter:site')?.replace(/^@/, '')].filter((s): s is string => !!s);
  const sites = [source, ...siteNames].filter((s): s is string => !!s);
  const rawPageTitle = clean(document.querySelector('title')?.textContent ?? '');
  const strip = (s: string | undefined) => (s ? stripSiteName(s, sites, url) : undefined);
  const h1 = mainHeading(document, sites, [meta('og:title'), ld.headline, rawPageTitle]);
  const before = h1 ? clean(h1.el.previousElementSibling?.textContent ?? '') : '';
  const headline = h1?.text ?? strip(ld.headline) ?? strip(meta('og:title')) ?? strip(meta('twitter:title'));
  const author = [...ld.authors, meta('author'), meta('article:author'), meta('dc.creator', 'DC.creator', 'parsely-author', 'sailthru.author')].find((a) => a && !/^https?:\/\//.test(a));
  const published =
    meta('article:published_time') ??
    ld.published ??
    meta('datePublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date') ??
    content('time[itemprop="datePublished"]', 'datetime') ??
    content('time[datetime]', 'datetime');
  const source_ = source ?? (rawPageTitle ? siteSuffix(rawPageTitle, url) : undefined);
  return {
    headline,
    kicker: before && before.split(' ').length <= 5 ? before : undefined,
    pageTitle: strip(rawPageTitle) ?? (rawPageTitle || undefined),
    rawPageTitle,
    byline: author ? withoutBy(author) : undefined,
    published,
    url,
    source: source_,
    siteNames,
  };
}

/**
 * The page's own headline: an `<h1>` inside the article (or the page's only one) that is not the
 * site's name in a logo. With several, the one the page title or `og:title` also names.
 */
function mainHeading(document: DomDocument, sites: string[], titles: (string | undefined)[]): { el: DomElement; text: string } | undefined {
  const all = Array.from(document.querySelectorAll('h1')).map((el) => ({ el, text: clean(el.textContent ?? '') }));
  const usable = all.filter((h) => h.text && h.text.split(' ').length >= 2 && !sites.some((s) => sameName(s, h.text)));
  if (!usable.length) return undefined;
  const named = usable.find((h) => titles.some((t) => t && normalize(t).includes(normalize(h.text))));
  if (named) return named;
  const inArticle = usable.find((h) => h.el.closest?.('article, main, [role="main"]'));
  return inArticle ?? (usable.length === 1 ? usable[0] : undefined);
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' / '];

/**
 * A title without the site's name before or after it ("Port reopens - Springfield Herald",
 * "Site | Port reopens"). The name must be one the page declares (og:site_name, JSON-LD publisher)
 * or the address's host name; a pipe ends a headline so seldom that a short part after one goes
 * without that proof. A dash inside the headline itself ("Covid - what we know") stays.
 */
export function stripSiteName(title: string, sites: string[], url?: string): string {
  if (!title) return title;
  const host = hostName(url);
  const isSite = (part: string) => sites.some((s) => sameName(s, part)) || (!!host && normalize(part).replace(/\s/g, '') === host);
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at > 0 && isSite(title.slice(at + sep.length))) return title.slice(0, at).trim();
    const first = title.indexOf(sep);
    if (first > 0 && isSite(title.slice(0, first))) return title.slice(first + sep.length).trim();
  }
  const pipe = title.lastIndexOf(' | ');
  const tail = title.slice(pipe + 3).split(' ').length;
  if (pipe > 0 && tail <= 4 && tail < title.slice(0, pipe).split(' ').length) return title.slice(0, pipe).trim();
  return title;
}

/** The site name a page title ends with, when the page declares no name but its address shows it. */
function siteSuffix(title: string, url: string | undefined): string | undefined {
  const host = hostName(url);
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const part = title.slice(at + sep.length).trim();
    if ((host && normalize(part).replace(/\s/g, '') === host) || (sep === ' | ' && part.split(' ').length <= 4)) return part;
  }
  return undefined;
}

/** `https://www.springfieldherald.com/…` → `springfieldherald`. */
function hostName(url: string | undefined): string | undefined {
  const m = url?.match(/^https?:\/\/(?:www\.)?([^/:?#]+)/i);
  if (!m) return undefined;
  const labels = m[1]!.toLowerCase().split('.');
  return (labels.length > 1 ? labels[labels.length - 2] : labels[0])?.replace(/[^a-z0-9]/g, '');
}

const normalize = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const sameName = (a: string, b: string): boolean => !!normalize(a) && (normalize(a) === normalize(b) || normalize(a).replace(/^the /, '') === normalize(b).replace(/^the /, ''));
const withoutBy = (s: string): string | undefined => s.replace(/^by\s+/i, '').trim() || undefined;

interface LdArticle {
  headline?: string;
  authors: string[];
  published?: string;
  publisher?: string;
  url?: string;
}

const ARTICLE_TYPE = /^(News|Reportage|Analysis|Opinion|Report|Background|Review)?(Article|NewsArticle)$|^(BlogPosting|LiveBlogPosting|Report)$/;

/** The first JSON-LD object on the page that is an article (NewsArticle, Article, BlogPosting…), also inside `@graph`. */
function jsonLdArticle(document: DomDocument): LdArticle {
  const found: LdArticle = { authors: [] };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block on a page is common and says nothing about the article
    }
    const article = objects(data).find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
    if (!article) continue;
    const text = (v: unknown): string | undefined => (typeof v === 'string' && clean(v) ? clean(v) : undefined);
    const name = (v: unknown): string | undefined => text(v) ?? (v && typeof v === 'object' ? text((v as Record<string, unknown>).name) : undefined);
    found.headline = text(article.headline) ?? text(article.name);
    found.published = text(article.datePublished);
    const authors = Array.isArray(article.author) ? article.author : article.author ? [article.author] : [];
    const names = authors.map(name).filter((n): n is string => !!n);
    if (names.length) found.authors = [names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]!];
    found.publisher = name(article.publisher);
    const page = article.mainEntityOfPage;
    found.url = text(article.url) ?? text(page) ?? (page && typeof page === 'object' ? text((page as Record<string, unknown>)['@id']) : undefined);
    return found;
  }
  return found;
}

function objects(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(objects);
  if (!data || typeof data !== 'object') return [];
  const o = data as Record<string, unknown>;
  return [o, ...(Array.isArray(o['@graph']) ? objects(o['@graph']) : [])];
}
const types = (o: Record<string, unknown>): string[] => (Array.isArray(o['@type']) ? o['@type'].map(String) : o['@type'] ? [String(o['@type'])] : []);

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
