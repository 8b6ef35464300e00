/**
 * Writes sw.js at build time with the exact list of built files, so the interview and the result
 * work offline after the first visit. Hand-written rather than Workbox: the job is forty lines.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';

const template = readFileSync(fileURLToPath(new URL('./sw-template.js', import.meta.url)), 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'stride-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After the bundle and the public files are on disk, so the list is what the server will serve.
    writeBundle(options) {
      const outDir = options.dir ?? config?.build.outDir;
      if (outDir === undefined) {
        throw new Error('stride-service-worker: no output directory');
      }
      const files = filesUnder(outDir)
        .filter((name) => name !== 'sw.js' && !/\.(?:map|br|gz)$/.test(name))
        .sort();
      const hash = createHash('sha256');
      for (const name of files) {
        hash.update(name);
        hash.update(readFileSync(join(outDir, name)));
      }
      // The page is also requested as "./", so precache that URL too.
      const urls = ['./', ...files.map((name) => `./${name}`)];
      const source = template
        .replace('__VERSION__', hash.digest('hex').slice(0, 16))
        .replace('__PRECACHE__', JSON.stringify(urls));
      writeFileSync(join(outDir, 'sw.js'), source);
    },
  };
}
