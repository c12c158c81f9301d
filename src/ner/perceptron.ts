import { TAG_COUNT } from './tags.js';

/**
 * A linear model over string features: one weight per (feature, tag). At run time the weights are
 * a flat Float32Array indexed by an interned feature id, so scoring a token is a few Map lookups
 * and additions, no allocation beyond the score vector.
 */
export class LinearModel {
  constructor(
    readonly features: Map<string, number>,
    readonly weights: Float32Array,
  ) {}

  /** Add the weights of `feats` into `scores` (length TAG_COUNT). Unknown features are ignored. */
  addScores(feats: readonly string[], scores: Float64Array): void {
    const { features, weights } = this;
    for (const f of feats) {
      const id = features.get(f);
      if (id === undefined) continue;
      const base = id * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[t]! += weights[base + t]!;
    }
  }
}

/**
 * Averaged perceptron training (Collins 2002) with the usual lazy-averaging trick: each weight keeps
 * the step at which it last changed and a running sum, so averaging costs nothing per step.
 */
export class PerceptronTrainer {
  readonly features = new Map<string, number>();
  private w = new Float64Array(1 << 16);
  private total = new Float64Array(1 << 16);
  private stamp = new Float64Array(1 << 16);
  private step = 0;

  id(feature: string): number {
    let id = this.features.get(feature);
    if (id === undefined) {
      id = this.features.size;
      this.features.set(feature, id);
      const need = (id + 1) * TAG_COUNT;
      if (need > this.w.length) this.grow(need * 2);
    }
    return id;
  }

  private grow(size: number): void {
    const grow = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.w = grow(this.w);
    this.total = grow(this.total);
    this.stamp = grow(this.stamp);
  }

  scores(ids: ArrayLike<number>, out: Float64Array): void {
    out.fill(0);
    const w = this.w;
    for (let k = 0; k < ids.length; k++) {
      const base = ids[k]! * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) out[t]! += w[base + t]!;
    }
  }

  /** Count one training example: reward the gold tag's weights, penalize the guess's. */
  update(ids: ArrayLike<number>, gold: number, guess: number): void {
    this.step++;
    if (gold === guess) return;
    for (let k = 0; k < ids.length; k++) {
      const base = ids[k]! * TAG_COUNT;
      this.bump(base + gold, 1);
      this.bump(base + guess, -1);
    }
  }

  private bump(i: number, delta: number): void {
    this.total[i]! += (this.step - this.stamp[i]!) * this.w[i]!;
    this.stamp[i] = this.step;
    this.w[i]! += delta;
  }

  /** The averaged weights; features whose weights are all below `minWeight` in size are dropped. */
  average(minWeight: number): LinearModel {
    const n = this.features.size;
    const kept = new Map<string, number>();
    const out: number[] = [];
    for (const [feature, id] of this.features) {
      const row = new Array<number>(TAG_COUNT);
      let big = false;
      for (let t = 0; t < TAG_COUNT; t++) {
        const i = id * TAG_COUNT + t;
        const total = this.total[i]! + (this.step - this.stamp[i]!) * this.w[i]!;
        const avg = this.step ? total / this.step : 0;
        row[t] = avg;
        if (Math.abs(avg) >= minWeight) big = true;
      }
      if (!big) continue;
      kept.set(feature, kept.size);
      out.push(...row);
    }
    void n;
    return new LinearModel(kept, Float32Array.from(out));
  }
}
