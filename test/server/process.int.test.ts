/**
 * The real server process: it starts on a random port with SQLite in a fresh data directory,
 * answers health, and on SIGTERM finishes the request that is in flight, then exits 0.
 * (A real socket and signal are the point here, so this test does not use app.request.)
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

interface LogLine {
  readonly msg?: string;
  readonly port?: number;
  readonly [key: string]: unknown;
}

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly port: number;
  readonly lines: LogLine[];
  /** Resolves with the first log line for which `test` holds. */
  readonly waitFor: (test: (line: LogLine) => boolean) => Promise<LogLine>;
  readonly exited: Promise<number | null>;
}

const children: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.pid !== undefined) {
      child.kill('SIGKILL');
    }
  }
});

async function startServer(): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      STRIDE_DATA_DIR: mkdtempSync(join(tmpdir(), 'stride-proc-')),
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: LogLine[] = [];
  const waiters: { test: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return;
    }
    lines.push(line);
    for (const waiter of waiters.filter((candidate) => candidate.test(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  const waitFor = (test: (line: LogLine) => boolean): Promise<LogLine> => {
    const seen = lines.find(test);
    return seen !== undefined
      ? Promise.resolve(seen)
      : new Promise((resolve) => waiters.push({ test, resolve }));
  };
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const listening = await Promise.race([
    waitFor((line) => line.msg === 'listening'),
    exited.then((code) => {
      throw new Error(`server exited with ${String(code)} before listening`);
    }),
  ]);
  return { child, port: Number(listening.port), lines, waitFor, exited };
}

describe('the server process', () => {
  it('serves health, then on SIGTERM finishes the in-flight request and exits 0', async () => {
    const server = await startServer();
    const health = await fetch(`http://127.0.0.1:${String(server.port)}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', store: 'sqlite' });

    // Start a request whose body arrives in two parts, so it is in flight when the signal comes.
    const body = JSON.stringify({ age: 72, leg_symptoms: 'both_legs', relief_sitting: true });
    const half = Math.floor(body.length / 2);
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/v1/assess',
          headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, text });
          });
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, half));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        void server
          .waitFor((line) => line.msg === 'shutting down')
          .then(() => {
            setTimeout(() => {
              req.end(body.slice(half));
            }, 300);
          });
      }, 300);
    });

    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text)).toMatchObject({
      contract: 'stride/1',
      triage: { level: expect.any(String) },
    });
    expect(await server.exited).toBe(0);
    const messages = server.lines.map((line) => line.msg);
    // In order: the signal, then the in-flight request's answer, then the store closed and exit.
    const answeredAt = server.lines.findIndex((line) => line['route'] === '/api/v1/assess');
    expect(messages.indexOf('shutting down')).toBeLessThan(answeredAt);
    expect(answeredAt).toBeLessThan(messages.indexOf('stopped'));
    // The request was logged by its route, and the log holds no answer values.
    expect(server.lines).toContainEqual(
      expect.objectContaining({ route: '/api/v1/assess', status: 200 }),
    );
    expect(JSON.stringify(server.lines)).not.toContain('both_legs');
  }, 60_000);

  it('refuses new connections once shutting down', async () => {
    const server = await startServer();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${String(server.port)}/api/v1/health`)).rejects.toThrow();
  }, 60_000);

  it('builds share links from HOST and the port it listens on, whatever Host a client sends', async () => {
    const server = await startServer();
    const send = (method: string, path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const outgoing = request(
          { host: '127.0.0.1', port: server.port, method, path, headers },
          (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (body += chunk));
            res.on('end', () => {
              resolve({ status: res.statusCode ?? 0, body });
            });
          },
        );
        outgoing.on('error', reject);
        outgoing.end();
      });
    const forged = { host: 'evil.example' };
    const created = await send('POST', '/api/v1/profiles', forged);
    const profile = JSON.parse(created.body) as { id: string; token: string };
    const share = await send('POST', `/api/v1/profiles/${profile.id}/shares`, {
      ...forged,
      authorization: `Bearer ${profile.token}`,
    });
    expect(share.status).toBe(201);
    const { url } = JSON.parse(share.body) as { url: string };
    expect(new URL(url).origin).toBe(`http://127.0.0.1:${String(server.port)}`);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 60_000);
});
