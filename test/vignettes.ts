/** Loads the clinical vignettes: the public sample cases (copied into the repo so a clone anywhere can test) and Stride's own, one JSON file each. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TriageLevel } from '../src/index.js';

export interface Vignette {
  readonly id: string;
  readonly file: string;
  readonly story: string;
  readonly answers: Record<string, unknown>;
  readonly expect: {
    readonly triage: readonly TriageLevel[];
    readonly minimum: TriageLevel;
    readonly top1?: string;
    readonly top3?: readonly string[];
    readonly top3_all?: readonly string[];
    readonly considered?: readonly string[];
  };
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PUBLIC_VIGNETTES = join(root, 'test', 'vignettes', 'public');
export const OWN_VIGNETTES = join(root, 'test', 'vignettes', 'own');
export const PUBLISHED_VIGNETTES = join(root, 'test', 'vignettes', 'published');

export function loadVignettes(folder: string): Vignette[] {
  if (!existsSync(folder)) {
    return [];
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      ...(JSON.parse(readFileSync(join(folder, name), 'utf8')) as Omit<Vignette, 'file'>),
      file: join(folder, name),
    }));
}
