export { writeJson } from './json.js';
export { writeJsonl } from './jsonl.js';
export { writeYaml, writeYamlStream } from './yaml.js';
export { writePretty, type PrettyOptions } from './pretty.js';

export const FORMATS = ['yaml', 'json', 'jsonl', 'pretty'] as const;
export type Format = (typeof FORMATS)[number];
