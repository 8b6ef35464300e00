/** Starts and stops real server processes for tests (src/server/main.ts, or the minimal harness without it), and talks to them over loopback HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../../src/server/main.ts', import.meta.url));
const HARNESS = fileURLToPath(new URL('./serve.ts', import.meta.url));
/** The real server when it exists; the harness serves the same store and routes otherwise. */
export const SERVER_ENTRY = existsSync(MAIN) ? MAIN : HARNESS;

/** The port from the harness's "listening <port>" or from main.ts's pino line `{"msg":"listening","port":…}`. */
function listeningPort(output: string): string | undefined {
  const plain = /^listening (\d+)$/m.exec(output)?.[1];
  if (plain !== undefined) {
    return plain;
  }
  for (const line of output.split('\n')) {
    if (line.includes('"listening"')) {
      const port = /"port":(\d+)/.exec(line)?.[1];
      if (port !== undefined) {
        return port;
      }
    }
  }
  return undefined;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly base: string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>;
}

/** Spawns the server with tsx on a free loopback port, rate limit off, and waits for it to listen. */
export function startServer(env: Readonly<Record<string, string>>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      RATE_LIMIT_PER_SECOND: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start: ${stderr}`));
    }, 30_000);
    let out: string | undefined = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (out === undefined) {
        return; // already listening: the rest is the request log, read and dropped
      }
      out += chunk.toString();
      const port = listeningPort(out);
      if (port !== undefined) {
        out = undefined;
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${port}/api/v1`, exited });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)} before listening: ${stderr}`));
    });
  });
}

export async function stopServer(
  server: ServerProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill(signal);
  }
  await server.exited;
}

export interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export async function request(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (token !== undefined) {
    headers['Authorization'] = `Bearer ${token}`;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
  };
}
