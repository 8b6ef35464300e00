/** Builds the web app before the browser tests when web/dist is missing or older than its sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const SOURCES = ['web/src', 'web/index.html', 'web/build', 'web/public', 'web/vite.config.ts', 'src'];

function newestIn(path: string): number {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestIn(join(path, name))), stat.mtimeMs);
}

export default function setup(): void {
  const built = join(ROOT, 'web/dist/index.html');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((path) => newestIn(join(ROOT, path))));
  if (changedAt > builtAt) {
    // Vitest sets NODE_ENV=test, which would make Vite build a development bundle (no service worker).
    execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
}
