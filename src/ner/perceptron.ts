import { TAG_COUNT } from './tags.js';
import type { FeatureOptions } from './feature-options.js';

/** FNV-1a over UTF-16 code units; 0 is reserved for "empty slot". */
export function hashFeature(s: string): number {
  return finishHash(continueHash(HASH_START, s));
}

/** FNV-1a in steps, so a feature given in parts hashes like the concatenated string. */
export const HASH_START = 0x811c9dc5;
export function continueHash(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
export function finishHash(h: number): number {
  h >>>= 0;
  return h === 0 ? 1 : h;
}

/**
 * A linear model over string features: one weight per (feature, tag). Features are stored by a
 * 32-bit hash in an open-addressing table (keys, then TAG_COUNT weights per slot), so loading the
 * model is just typed-array views — no per-feature strings or Map to build — and scoring a token is
 * a hash and a probe per feature. (With ~10^5 features, two distinct trained features share a hash
 * about once per model; an unseen feature hits a stored hash with odds of ~1 in 40,000.)
 */
export class LinearModel {
  private readonly mask: number;
  /** The optional feature groups the model was trained with (recorded in the model file). */
  options: FeatureOptions = {};

  /**
   * `weights` may be the int16 weights of a model file used as they are: scaling every weight by
   * the same positive factor changes no decision, so loading needs no conversion. `scale` says how
   * many units a weight of 1 became (scores divided by it are in training units).
   */
  constructor(
    readonly keys: Uint32Array,
    readonly weights: Float32Array | Int16Array,
    readonly scale = 1,
  ) {
    if (keys.length & (keys.length - 1)) throw new Error('model table size must be a power of two');
    this.mask = keys.length - 1;
  }

  /** Build the table from interned features and their weight rows. */
  static fromMap(features: ReadonlyMap<string, number>, rows: Float32Array): LinearModel {
    let size = 1024;
    // At most 80% full: lookups of unknown features probe a little longer, but a smaller table stays in cache better (measured ~5% faster tagging).
    while (size < features.size * 1.25) size *= 2;
    const keys = new Uint32Array(size);
    const weights = new Float32Array(size * TAG_COUNT);
    const model = new LinearModel(keys, weights);
    for (const [feature, id] of features) {
      const h = hashFeature(feature);
      let i = h & model.mask;
      while (keys[i] !== 0 && keys[i] !== h) i = (i + 1) & model.mask;
      if (keys[i] === h) continue; // a hash collision between two features: keep the first
      keys[i] = h;
      weights.set(rows.subarray(id * TAG_COUNT, (id + 1) * TAG_COUNT), i * TAG_COUNT);
    }
    return model;
  }

  /** The table slot of a feature, or -1 when the model does not know it. */
  slot(feature: string): number {
    return this.slotOfHash(hashFeature(feature));
  }

  slotOfHash(h: number): number {
    const keys = this.keys;
    let i = h & this.mask;
    for (let k = keys[i]!; k !== 0; k = keys[i]!) {
      if (k === h) return i;
      i = (i + 1) & this.mask;
    }
    return -1;
  }

  /** How many features the model has. */
  get size(): number {
    let n = 0;
    for (const k of this.keys) if (k !== 0) n++;
    return n;
  }

  /** Add one slot's weights into `scores` (from `offset`); slot -1 (an unknown feature) adds nothing. */
  addSlot(slot: number, scores: Float64Array, offset = 0): void {
    if (slot < 0) return;
    const base = slot * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[offset + t]! += this.weights[base + t]!;
  }

  /** Add the weights of `feats` into `scores` (length TAG_COUNT). Unknown features are ignored. */
  addScores(feats: readonly string[], scores: Float64Array): void {
    const weights = this.weights;
    for (const f of feats) {
      const slot = this.slot(f);
      if (slot < 0) continue;
      const base = slot * TAG_COUNT;
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
    const { kept, rows } = this.averageRows(minWeight);
    return LinearModel.fromMap(kept, rows);
  }

  /** The averaged weights as interned features and their rows (to merge several trainers into one model). */
  averageRows(minWeight: number): { kept: Map<string, number>; rows: Float32Array } {
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
    return { kept, rows: Float32Array.from(out) };
  }
}
