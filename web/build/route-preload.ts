/**
 * Opened at a saved profile's address (#/diary, #/progress...), the page would fetch those
 * screens' chunk only after the main script had run: one more network round trip before the
 * screen shows (Lighthouse LCP 1.9-2.5 s). A small script beside the main one, written at build
 * time with the chunk's real file names, asks for them at once, and only at those addresses, so
 * the start page's first load stays as it is. External, not inline: the CSP allows no inline script.
 */
import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';
import { SAVED_PROFILE_ROUTES } from '../src/state/saved-profile-routes.js';

const SCREENS_MODULE = /\/src\/screens\/my\/index\.tsx?$/;

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
}

/** The screens' chunk and the chunks it imports, except the entry the page loads anyway. */
function screensFiles(bundle: OutputBundle): string[] {
  const chunks = chunksOf(bundle);
  const screens = chunks.find((chunk) => chunk.facadeModuleId !== null && SCREENS_MODULE.test(chunk.facadeModuleId));
  if (screens === undefined) {
    throw new Error('stride-route-preload: no chunk for src/screens/my/index.ts');
  }
  const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  return [screens.fileName, ...screens.imports.filter((name) => !entries.has(name))];
}

function preloadScript(files: readonly string[]): string {
  const routes = SAVED_PROFILE_ROUTES.map((route) => route.replace(/[^a-z-]/g, '')).join('|');
  return [
    '// Written by web/build/route-preload.ts: at a saved profile\'s address, fetch its screens with the page.',
    `if (/^#\\/(?:${routes})(?:\\/|$)/.test(location.hash)) {`,
    `  for (const href of ${JSON.stringify(files.map((name) => `./${name}`))}) {`,
    "    const link = document.createElement('link');",
    "    link.rel = 'modulepreload';",
    '    link.href = href;',
    '    document.head.append(link);',
    '  }',
    '  // The first date format a page makes loads the time-zone data (137 ms at 4x CPU slowdown, the',
    "  // biggest single cost of these screens); made now, while the scripts download, it is ready.",
    '  Intl.DateTimeFormat().resolvedOptions();',
    '}',
    '',
  ].join('\n');
}

export function routePreloadPlugin(): Plugin {
  return {
    name: 'stride-route-preload',
    apply: 'build',
    generateBundle: {
      // After Vite has written index.html into the bundle.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset' || typeof page.source !== 'string') {
          throw new Error('stride-route-preload: no index.html in the bundle');
        }
        const source = preloadScript(screensFiles(bundle));
        const fileName = `assets/route-preload-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName, source });
        page.source = page.source.replace('</head>', `  <script async src="./${fileName}"></script>\n  </head>`);
      },
    },
  };
}
