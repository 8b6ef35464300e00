/** Starts the real Stride server (src/server/main.ts) for a browser test: a free port, a temporary SQLite data directory, web/dist as the web root. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from './helpers.js';

export interface StrideServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

export async function startServer(): Promise<StrideServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stride-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      STRIDE_DATA_DIR: dataDir,
      STRIDE_WEB_ROOT: DIST,
      RATE_LIMIT_PER_SECOND: '0',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => {
      reject(new Error('the server did not start within 30 s'));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split('\n')) {
        if (line.includes('"listening"')) {
          const parsed = JSON.parse(line) as { port: number };
          clearTimeout(timer);
          resolve(parsed.port);
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${String(code)}`));
    });
  });
  // Keep draining the log so the child never blocks on a full pipe.
  child.stdout?.resume();
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: async () => {
      const exited = new Promise<void>((resolve) => {
        child.once('exit', () => {
          resolve();
        });
      });
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One API request to a test server, as a browser test seeds or reads what a page shows. */
export function callApi(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<Response> {
  return fetch(new URL(path, base), {
    method,
    headers: {
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
