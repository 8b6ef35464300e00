/**
 * Serves a knowledge translation to the page as its texts alone, in the order of
 * personFacingTextsOf(KNOWLEDGE) plus the supplement note: the page rebuilds the English-keyed
 * catalogue from its own copy of the English, so the English keys are not downloaded twice.
 */
import type { Plugin } from 'vite';
import { personFacingTextsOf } from '../../src/engine/localize.js';
import { KNOWLEDGE, SUPPLEMENT_NOTE } from '../../src/knowledge/index.js';
import { ES } from '../../src/knowledge/translations/es.js';

const CATALOGUES = { es: ES } as const;
const PREFIX = 'virtual:stride-knowledge-texts/';

export function knowledgeTextsPlugin(): Plugin {
  return {
    name: 'stride-knowledge-texts',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) {
        return undefined;
      }
      const language = id.slice(PREFIX.length + 1);
      const catalogue = (CATALOGUES as Readonly<Record<string, Readonly<Record<string, string>>>>)[language];
      if (catalogue === undefined) {
        throw new Error(`stride-knowledge-texts: no catalogue for ${language}`);
      }
      const order = [...personFacingTextsOf(KNOWLEDGE), SUPPLEMENT_NOTE];
      return `export default ${JSON.stringify(order.map((text) => catalogue[text] ?? null))};`;
    },
  };
}
