import fs from 'node:fs';
import { LinearModel } from './perceptron.js';
import { TAGS, TAG_COUNT } from './tags.js';
import type { FeatureOptions } from './feature-options.js';

/**
 * The model file: [header length (uint32 LE)][header JSON, padded to 4 bytes]
 * [hash table keys, uint32 × size][weights, int16 × size × tags]. Weights are scaled so the largest
 * fits int16: perceptron weights are sums of ±1 updates, so rounding to 1/32767 of the largest
 * changes no decision. Not compressed: loading is one read and two typed-array views, a few
 * milliseconds, where gunzip plus converting the weights took 40–100 ms; the file is ~3 MB.
 */
const FORMAT = 'newsmark-ner/3';

interface Header {
  format: string;
  tags: string[];
  scale: number;
  size: number;
  /** The optional feature groups (features.ts FeatureOptions); absent in older files: none. */
  features?: FeatureOptions;
  meta?: Record<string, unknown>;
}

export function encodeModel(model: LinearModel, meta?: Record<string, unknown>): Buffer {
  // In training units (a loaded model's int16 weights are divided by their scale).
  const value = (i: number) => model.weights[i]! / model.scale;
  let largest = 1e-9;
  for (let i = 0; i < model.weights.length; i++) largest = Math.max(largest, Math.abs(value(i)));
  const scale = 32767 / largest;
  const weights = new Int16Array(model.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round(value(i) * scale);
  const header: Header = { format: FORMAT, tags: [...TAGS], scale, size: model.keys.length, features: model.options, meta };
  let headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  headerBuf = Buffer.concat([headerBuf, Buffer.alloc((4 - ((4 + headerBuf.length) % 4)) % 4, 0x20)]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length);
  const keys = Buffer.from(model.keys.buffer, model.keys.byteOffset, model.keys.byteLength);
  return Buffer.concat([len, headerBuf, keys, Buffer.from(weights.buffer)]);
}

export function decodeModel(file: Buffer): LinearModel {
  // An aligned copy when the buffer is not 4-byte aligned (pooled buffers), so typed arrays can view it.
  const raw = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.format !== FORMAT || header.tags.join(' ') !== TAGS.join(' ')) throw new Error(`unsupported NER model format ${header.format}`);
  const at = raw.byteOffset + 4 + headerLength;
  const keys = new Uint32Array(raw.buffer, at, header.size);
  const weights = new Int16Array(raw.buffer, at + header.size * 4, header.size * TAG_COUNT);
  const model = new LinearModel(keys, weights, header.scale);
  model.options = header.features ?? {};
  return model;
}

export const saveModel = (path: string, model: LinearModel, meta?: Record<string, unknown>): void => fs.writeFileSync(path, encodeModel(model, meta));
export const loadModel = (path: string): LinearModel => decodeModel(fs.readFileSync(path));
