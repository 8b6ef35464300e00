/** The knowledge version: its semver plus a hash of its content, so any edit shows in results. */
import type { Knowledge } from '../knowledge/schema.js';

const versions = new WeakMap<Knowledge, string>();

/** FNV-1a (32-bit): tiny, synchronous and the same in Node and the browser; not for security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function knowledgeVersionOf(knowledge: Knowledge): string {
  let version = versions.get(knowledge);
  if (version === undefined) {
    version = `${knowledge.version}+${fnv1a(JSON.stringify(knowledge))}`;
    versions.set(knowledge, version);
  }
  return version;
}
