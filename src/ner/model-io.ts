import fs from 'node:fs';
import zlib from 'node:zlib';
import { LinearModel } from './perceptron.js';
import { TAGS, TAG_COUNT } from './tags.js';

/**
 * The model file: gzip of [header length (uint32 LE)][header JSON, padded to 4 bytes]
 * [hash table keys, uint32 × size][weights, int16 × size × tags]. Weights are scaled so the largest
 * fits int16: perceptron weights are sums of ±1 updates, so rounding to 1/32767 of the largest
 * changes no decision. Loading is one gunzip and typed-array views (tens of milliseconds).
 */
const FORMAT = 'newsmark-ner/2';

interface Header {
  format: string;
  tags: string[];
  scale: number;
  size: number;
  meta?: Record<string, unknown>;
}

export function encodeModel(model: LinearModel, meta?: Record<string, unknown>): Buffer {
  let largest = 1e-9;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = 32767 / largest;
  const weights = new Int16Array(model.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round(model.weights[i]! * scale);
  const header: Header = { format: FORMAT, tags: [...TAGS], scale, size: model.keys.length, meta };
  let headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  headerBuf = Buffer.concat([headerBuf, Buffer.alloc((4 - ((4 + headerBuf.length) % 4)) % 4, 0x20)]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length);
  const keys = Buffer.from(model.keys.buffer, model.keys.byteOffset, model.keys.byteLength);
  return zlib.gzipSync(Buffer.concat([len, headerBuf, keys, Buffer.from(weights.buffer)]), { level: 9 });
}

export function decodeModel(file: Buffer): LinearModel {
  const raw = zlib.gunzipSync(file);
  // A fresh, aligned copy of the bytes, so the typed arrays below can view it directly.
  const bytes = new Uint8Array(raw.length);
  bytes.set(raw);
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.format !== FORMAT || header.tags.join(' ') !== TAGS.join(' ')) throw new Error(`unsupported NER model format ${header.format}`);
  const at = 4 + headerLength;
  const keys = new Uint32Array(bytes.buffer, at, header.size);
  const scaled = new Int16Array(bytes.buffer, at + header.size * 4, header.size * TAG_COUNT);
  const weights = new Float32Array(scaled.length);
  const inverse = 1 / header.scale;
  for (let i = 0; i < scaled.length; i++) weights[i] = scaled[i]! * inverse;
  return new LinearModel(keys, weights);
}

export const saveModel = (path: string, model: LinearModel, meta?: Record<string, unknown>): void => fs.writeFileSync(path, encodeModel(model, meta));
export const loadModel = (path: string): LinearModel => decodeModel(fs.readFileSync(path));
