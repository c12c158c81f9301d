import YAML, { isMap, isScalar, type Node } from 'yaml';
import type { SelectedOutput } from '../model/output.js';
import { frameAll, plainWriter, type Writer } from './writer.js';

/**
 * YAML for people to read: spans and other small records go on one line each
 * (`- {start: 9, end: 16, text: Blinken, form: name}`), long texts are not folded.
 */
export function writeYaml(output: SelectedOutput): string {
  const doc = new YAML.Document(output);
  YAML.visit(doc, {
    Map(_, node) {
      if (isSmallRecord(node)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}

function isSmallRecord(node: Node): boolean {
  if (!isMap(node)) return false;
  const keys = node.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  if (!keys.includes('start') || !keys.includes('end')) return false;
  return node.items.every((pair) => isScalar(pair.value) && String(pair.value.value ?? '').length <= 120);
}

/** Several articles make a multi-document YAML stream: `---` between two documents. */
export const yamlWriter = (): Writer => plainWriter('---\n');

/** Several articles make a multi-document YAML stream. */
export function writeYamlStream(outputs: SelectedOutput[]): string {
  return frameAll(yamlWriter(), outputs.map((o) => writeYaml(o)));
}
