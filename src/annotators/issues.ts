import type { Annotator } from '../pipeline/annotator.js';

/** Placeholder until the topic engine lands (issue: issues in the IPTC taxonomy). */
export const issues: Annotator = {
  name: 'issues',
  requires: ['blocks', 'sentences', 'tokens', 'mentions', 'entities'],
  provides: ['issues', 'keyphrases'],
  run() {
    return { issues: [], keyphrases: [] };
  },
};
