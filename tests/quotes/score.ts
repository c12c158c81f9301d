/**
 * The `quotes` measure of ../shared/tools/score.mjs (overlap ≥ 50% Jaccard, exact span after trimming
 * punctuation, speaker right by span overlap or the gold head word in our name/text), for tests.
 */
interface Span {
  start: number;
  end: number;
  text?: string;
}
interface Speaker extends Span {
  name?: string;
}
export interface GoldQuote extends Span {
  speaker: Speaker | null;
}
export interface PredQuote extends Partial<Span> {
  speaker: Partial<Speaker> | null;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const jaccard = (a: Span, b: Span) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start) || 1);
const EDGE = /^[\s"'“”‘’«»,.;:!?—–-]+|[\s"'“”‘’«»,.;:!?—–-]+$/g;
const core = (text: string, s: Span) => {
  const t = text.slice(s.start, s.end);
  const lead = t.length - t.replace(/^[\s"'“”‘’«»,.;:!?—–-]+/, '').length;
  return { start: s.start + lead, end: s.start + lead + t.replace(EDGE, '').length };
};
const words = (s?: string) => (s ?? '').toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them']);

function speakerCorrect(gold: Speaker, pred: Partial<Speaker> | null): boolean {
  if (!pred) return false;
  if (pred.start != null && pred.end != null && overlap(gold, pred as Span) > 0) return true;
  const g = words(gold.text).filter((w) => !PRONOUNS.has(w));
  return g.length > 0 && new Set([...words(pred.name), ...words(pred.text)]).has(g[g.length - 1]!);
}

export class QuoteScore {
  gold = 0;
  predicted = 0;
  matched = 0;
  exact = 0;
  withSpeaker = 0;
  speakerRight = 0;

  add(text: string, golds: GoldQuote[], preds: PredQuote[]): void {
    const ps = preds.filter((p): p is PredQuote & Span => p.start != null && p.end != null);
    this.gold += golds.length;
    this.predicted += ps.length;
    const candidates: [number, number, number][] = [];
    golds.forEach((g, i) => ps.forEach((p, j) => {
      const s = jaccard(g, p);
      if (s >= 0.5) candidates.push([s, i, j]);
    }));
    candidates.sort((a, b) => b[0] - a[0]);
    const gi = new Set<number>();
    const pj = new Set<number>();
    for (const [, i, j] of candidates) {
      if (gi.has(i) || pj.has(j)) continue;
      gi.add(i);
      pj.add(j);
      const g = golds[i]!;
      const p = ps[j]!;
      this.matched++;
      const a = core(text, g);
      const b = core(text, p);
      if (a.start === b.start && a.end === b.end) this.exact++;
      if (g.speaker) {
        this.withSpeaker++;
        if (speakerCorrect(g.speaker, p.speaker)) this.speakerRight++;
      }
    }
  }

  private f1(tp: number): number {
    const p = this.predicted ? tp / this.predicted : 0;
    const r = this.gold ? tp / this.gold : 0;
    return p + r ? (200 * p * r) / (p + r) : 0;
  }
  get quoteF1(): number {
    return this.f1(this.matched);
  }
  get exactF1(): number {
    return this.f1(this.exact);
  }
  get speakerAccuracy(): number {
    return (100 * this.speakerRight) / (this.withSpeaker || 1);
  }
  get endToEndF1(): number {
    return this.f1(this.speakerRight);
  }
}
