/**
 * One key per word for matching lexicon terms against the article: lower case, possessive and
 * plural endings folded, so "strikers", "striker’s" and "Striker" all meet the lexicon's "striker".
 * Lexicon terms go through the same function, so the folding only has to be consistent, not correct.
 */

/** Words whose final "s" is not a plural (folding it would merge "news" into "new"). */
const KEEP_S = new Set([
  'news', 'series', 'species', 'means', 'politics', 'economics', 'physics', 'athletics', 'gymnastics', 'olympics',
  'paralympics', 'analysis', 'crisis', 'thesis', 'basis', 'virus', 'bonus', 'census', 'status', 'campus', 'focus',
  'chaos', 'gas', 'bus', 'plus', 'minus', 'texas', 'paris', 'always', 'perhaps', 'whereas', 'various', 'famous',
  'serious', 'previous', 'tennis', 'us', 'its', 'his', 'this', 'has', 'was', 'is', 'yes', 'christmas', 'ethics',
  'goods', 'logistics', 'statistics', 'electronics', 'graphics', 'mathematics', 'aids', 'arms', 'wales', 'brussels', 'lens',
]);

const APOSTROPHES = /[’‘`´]/g;

export function wordKey(word: string): string {
  let w = word.toLowerCase().replace(APOSTROPHES, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  return foldPlural(w);
}

function foldPlural(w: string): string {
  if (w.length <= 3 || KEEP_S.has(w) || !w.endsWith('s')) return w;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  // "taxes", "matches", "crashes", "boxes": the "es" belongs to the plural.
  if (/(?:x|ch|sh|ss|zz)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Split a lexicon term into the words the tokenizer would give ("US-China" → us, china; "e-mail" too). */
export function termWords(term: string): string[] {
  return term
    .split(/[\s\-–/]+/)
    .map((w) => w.replace(/^[("'“‘]+|[)"'”’,.;:!?]+$/g, ''))
    .filter(Boolean);
}
