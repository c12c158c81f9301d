#!/usr/bin/env node
// Part of `npm run build`: stores the shipped topic lexicon (data/topics/lexicon.yaml) parsed, as
// JSON keyed by the YAML's SHA-1, so a fresh process reads it without the cost of parsing YAML.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const content = fs.readFileSync(path.join(root, 'data/topics/lexicon.yaml'), 'utf8');
const out = path.join(root, 'dist/data/topics-lexicon.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ sha1: createHash('sha1').update(content).digest('hex'), lexicon: YAML.parse(content) }));
