import fs from 'node:fs';
import zlib from 'node:zlib';
import { LinearModel } from './perceptron.js';
import { TAGS } from './tags.js';

/**
 * The model file: gzip of [header length (uint32 LE)][header JSON][feature names, "\n"-joined]
 * [weights as int16, scaled so the largest weight fits]. Perceptron weights are sums of ±1 updates,
 * so their range depends on the training run; rounding to 1/32767 of the largest leaves the tagger's
 * output unchanged, and the file stays small and loads in tens of milliseconds.
 */
const FORMAT = 'newsmark-ner/1';

interface Header {
  format: string;
  tags: string[];
  scale: number;
  features: number;
  namesBytes: number;
  meta?: Record<string, unknown>;
}

export function encodeModel(model: LinearModel, meta?: Record<string, unknown>): Buffer {
  const names = [...model.features.keys()];
  const namesBuf = Buffer.from(names.join('\n'), 'utf8');
  let largest = 1e-9;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = 32767 / largest;
  const weights = new Int16Array(model.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round(model.weights[i]! * scale);
  const header: Header = { format: FORMAT, tags: [...TAGS], scale, features: names.length, namesBytes: namesBuf.length, meta };
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length);
  const pad = Buffer.alloc((4 + headerBuf.length + namesBuf.length) % 2);
  return zlib.gzipSync(Buffer.concat([len, headerBuf, namesBuf, pad, Buffer.from(weights.buffer)]), { level: 9 });
}

export function decodeModel(file: Buffer): LinearModel {
  const buf = zlib.gunzipSync(file);
  const headerLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.format !== FORMAT || header.tags.join(' ') !== TAGS.join(' ')) throw new Error(`unsupported NER model format ${header.format}`);
  let at = 4 + headerLength;
  const names = header.namesBytes ? buf.subarray(at, at + header.namesBytes).toString('utf8').split('\n') : [];
  at += header.namesBytes;
  at += at % 2;
  const raw = new Int16Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + header.features * TAGS.length * 2));
  const weights = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) weights[i] = raw[i]! / header.scale;
  const features = new Map<string, number>();
  names.forEach((n, i) => features.set(n, i));
  return new LinearModel(features, weights);
}

export const saveModel = (path: string, model: LinearModel, meta?: Record<string, unknown>): void => fs.writeFileSync(path, encodeModel(model, meta));
export const loadModel = (path: string): LinearModel => decodeModel(fs.readFileSync(path));
