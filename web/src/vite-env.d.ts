/// <reference types="vite/client" />

/** A knowledge translation as its texts alone, in the order of the English ones (web/build/knowledge-texts.ts). */
declare module 'virtual:stride-knowledge-texts/es' {
  const texts: readonly (string | null)[];
  export default texts;
}
