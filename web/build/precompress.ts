/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, so the server
 * can send the smallest one the browser accepts without compressing on each request.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** Text formats compress well; images such as PNG are already compressed. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|webmanifest|txt|xml)$/;

/** Below this a compressed copy saves less than its own headers cost. */
export const MIN_BYTES = 1024;

export function precompressPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'stride-precompress',
    apply: 'build',
    // After the service worker plugin has written sw.js, so it is compressed too.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(options) {
      const outDir = options.dir ?? config?.build.outDir;
      if (outDir === undefined) {
        throw new Error('stride-precompress: no output directory');
      }
      const files = readdirSync(outDir, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name));
      for (const file of files) {
        const content = readFileSync(file);
        if (content.length < MIN_BYTES) {
          continue;
        }
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
