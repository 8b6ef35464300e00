/** Kills a real server process with SIGKILL in the middle of a stream of walk writes: after a restart, every walk that got a 201 is there (SQLite). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  request,
  SERVER_ENTRY,
  startServer,
  stopServer,
  type ServerProcess,
} from './harness/process.js';

const WALK = {
  date: '2026-03-16',
  minutes: 30,
  painBefore: 2,
  painAfter: 4,
  stoppedBecause: 'planned',
};
const dir = mkdtempSync(join(tmpdir(), 'stride-crash-'));
const running: ServerProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((server) => stopServer(server, 'SIGKILL')));
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<ServerProcess> {
  const server = await startServer({ STRIDE_DATA_DIR: dir });
  running.push(server);
  return server;
}

/** Writes walks from `workers` concurrent loops until the server dies; returns the ids that got a 201. */
async function writeUntilKilled(
  server: ServerProcess,
  profile: { id: string; token: string },
  killAfter: number,
): Promise<string[]> {
  const acknowledged: string[] = [];
  let sent = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      sent += 1;
      if (sent === killAfter) {
        server.child.kill('SIGKILL');
      }
      try {
        const reply = await request(
          server.base,
          'POST',
          `/profiles/${profile.id}/walks`,
          profile.token,
          {
            ...WALK,
            note: `write ${sent}`,
          },
        );
        if (reply.status === 201) {
          acknowledged.push(String(reply.body['id']));
        } else {
          throw new Error(`unexpected status ${reply.status}`);
        }
      } catch (error) {
        if (error instanceof TypeError) {
          return; // the connection died with the server: this write was never acknowledged
        }
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await server.exited;
  return acknowledged;
}

describe('crash safety (SQLite, SIGKILL)', () => {
  it('keeps every walk that got a 201 through three SIGKILLs mid-stream', async () => {
    let server = await start();
    const created = await request(server.base, 'POST', '/profiles');
    const profile = { id: String(created.body['id']), token: String(created.body['token']) };
    const acknowledged: string[] = [];

    for (const killAfter of [150, 300, 75]) {
      acknowledged.push(...(await writeUntilKilled(server, profile, killAfter)));
      expect(server.child.signalCode).toBe('SIGKILL');
      server = await start();
    }

    const listed = await request(
      server.base,
      'GET',
      `/profiles/${profile.id}/walks`,
      profile.token,
    );
    const stored = new Set((listed.body['walks'] as Array<{ id: string }>).map((walk) => walk.id));
    const missing = acknowledged.filter((id) => !stored.has(id));
    process.stdout.write(
      `crash test (${relative(process.cwd(), SERVER_ENTRY)}): ${acknowledged.length} acknowledged, ${stored.size} stored, ${missing.length} missing\n`,
    );
    expect(acknowledged.length).toBeGreaterThan(200);
    expect(missing).toStrictEqual([]);
    // Writes in flight at the kill may or may not be there, but nothing appears from nowhere.
    expect(stored.size - acknowledged.length).toBeLessThanOrEqual(3 * 8);
    await stopServer(server);
  }, 120_000);
});
