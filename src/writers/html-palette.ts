/**
 * The colours of newsmark's HTML pages (the article page and the report), in one place so a test can
 * check every pair of text and background against WCAG AA (4.5:1 for text, 3:1 for the outlines and
 * underlines that carry meaning). Meaning never rests on colour alone: each highlight also has its own
 * underline style, and the legend names them.
 */
export const PALETTE = {
  text: '#1f2328',
  muted: '#4d5560',
  page: '#ffffff',
  panel: '#f6f8fa',
  rule: '#8c959f',
  link: '#0b57d0',
  focus: '#0b57d0',
  person: { bg: '#dbeafe', line: '#1d4ed8' },
  place: { bg: '#dcfce7', line: '#15803d' },
  organization: { bg: '#fef3c7', line: '#a15c07' },
  quote: { bg: '#f3e8ff', line: '#7e22ce' },
  indirect: { bg: '#f1f5f9', line: '#475569' },
  selected: { bg: '#ffedd5', line: '#c2410c' },
  evidence: { bg: '#fef08a', line: '#854d0e' },
  hover: { bg: '#bfdbfe', line: '#1f2328' },
  chart: ['#1d4ed8', '#c2410c', '#15803d', '#7e22ce', '#a15c07', '#0e7490', '#be123c', '#475569'],
  female: '#7e22ce',
  male: '#0e7490',
  unknown: '#8c959f',
} as const;

/** The text/background pairs the pages use, for the contrast test (name, foreground, background, minimum). */
export function contrastPairs(): [string, string, string, number][] {
  const p = PALETTE;
  const pairs: [string, string, string, number][] = [
    ['text on page', p.text, p.page, 4.5],
    ['muted on page', p.muted, p.page, 4.5],
    ['text on panel', p.text, p.panel, 4.5],
    ['muted on panel', p.muted, p.panel, 4.5],
    ['link on page', p.link, p.page, 4.5],
    ['link on panel', p.link, p.panel, 4.5],
    ['focus ring on page', p.focus, p.page, 3],
    ['table rule on page', p.rule, p.page, 3],
  ];
  for (const name of ['person', 'place', 'organization', 'quote', 'indirect', 'selected', 'evidence', 'hover'] as const) {
    pairs.push([`text on ${name}`, p.text, p[name].bg, 4.5]);
    pairs.push([`${name} underline on its background`, p[name].line, p[name].bg, 3]);
    pairs.push([`${name} underline on page`, p[name].line, p.page, 3]);
  }
  p.chart.forEach((c, i) => pairs.push([`chart colour ${i + 1} on page`, c, p.page, 3]));
  for (const name of ['female', 'male', 'unknown'] as const) pairs.push([`${name} bar on page`, p[name], p.page, 3]);
  return pairs;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
