import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The IPTC Media Topics tree newsmark ships (data/topics/iptc-mediatopics.json, CC BY 4.0 © IPTC),
 * read once per process.
 */
export interface TopicNode {
  id: string;
  label: string;
  parent: string | null;
  level: number;
}

export interface TopicTree {
  nodes: Map<string, TopicNode>;
  /** A topic's ancestors, nearest first, not including itself. */
  ancestors(id: string): string[];
  /** The level-1 topic a code sits under (itself for a level-1 code). */
  root(id: string): string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TAXONOMY_FILE = path.join(repoRoot, 'data/topics/iptc-mediatopics.json');

let shared: TopicTree | undefined;
export function topicTree(): TopicTree {
  shared ??= buildTree(readTopics(TAXONOMY_FILE));
  return shared;
}

export function readTopics(file: string): TopicNode[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { topics: TopicNode[] };
  return raw.topics;
}

export function buildTree(topics: TopicNode[]): TopicTree {
  const nodes = new Map(topics.map((t) => [t.id, t]));
  const ancestorCache = new Map<string, string[]>();
  const ancestors = (id: string): string[] => {
    let cached = ancestorCache.get(id);
    if (cached) return cached;
    cached = [];
    // At most 10 steps: a malformed tree with a cycle must not hang the annotator.
    for (let cur = nodes.get(id)?.parent ?? null, steps = 0; cur && steps < 10; cur = nodes.get(cur)?.parent ?? null, steps++) cached.push(cur);
    ancestorCache.set(id, cached);
    return cached;
  };
  return { nodes, ancestors, root: (id) => ancestors(id).at(-1) ?? id };
}
