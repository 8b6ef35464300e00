/** Two server processes on one PostgreSQL serve the same profile consistently: what one writes, the other reads, revokes and erases. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, startServer, stopServer, type ServerProcess } from './harness/process.js';

const url = process.env['STRIDE_TEST_DATABASE_URL'];
const WALK = {
  date: '2026-03-16',
  minutes: 30,
  painBefore: 2,
  painAfter: 4,
  stoppedBecause: 'planned',
};

if (url === undefined || url === '') {
  console.warn(
    'SKIPPED %s: STRIDE_TEST_DATABASE_URL is not set (export STRIDE_TEST_DATABASE_URL=$(bash scripts/postgres.sh))',
    'the two-process PostgreSQL test',
  );
  describe('two server processes on one PostgreSQL', () => {
    it.skip('SKIPPED: set STRIDE_TEST_DATABASE_URL (e.g. $(bash scripts/postgres.sh)) to run it', () => {});
  });
} else {
  describe('two server processes on one PostgreSQL', () => {
    const started: ServerProcess[] = [];
    const server = (index: 0 | 1): ServerProcess => {
      const found = started[index];
      if (found === undefined) {
        throw new Error('the servers did not start');
      }
      return found;
    };
    // A fresh database, so that both processes also run the migrations at the same moment.
    const database = `stride_two_${randomBytes(4).toString('hex')}`;
    const admin = async (statement: string): Promise<void> => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    beforeAll(async () => {
      await admin(`create database ${database}`);
      const fresh = new URL(url);
      fresh.pathname = `/${database}`;
      const starts = await Promise.allSettled([
        startServer({ DATABASE_URL: fresh.href }),
        startServer({ DATABASE_URL: fresh.href }),
      ]);
      // Keep the one that started, so afterAll stops it, and fail with why the other did not.
      for (const start of starts) {
        if (start.status === 'fulfilled') {
          started.push(start.value);
        }
      }
      for (const start of starts) {
        if (start.status === 'rejected') {
          throw start.reason;
        }
      }
    }, 60_000);
    afterAll(async () => {
      await Promise.all(started.map((s) => stopServer(s)));
      await admin(`drop database if exists ${database} with (force)`);
    });

    it('serves one profile the same from both, whichever process took each write', async () => {
      const [a, b] = [server(0), server(1)];
      const created = await request(a.base, 'POST', '/profiles');
      const id = String(created.body['id']);
      const token = String(created.body['token']);
      const shoe = await request(b.base, 'POST', `/profiles/${id}/shoes`, token, {
        name: 'Road',
        startedOn: '2026-01-01',
      });
      const shoeId = String(shoe.body['id']);

      const writes = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          request(i % 2 === 0 ? a.base : b.base, 'POST', `/profiles/${id}/walks`, token, {
            ...WALK,
            shoeId,
            distanceKm: 1,
            note: `walk ${i}`,
          }),
        ),
      );
      expect(writes.every((w) => w.status === 201)).toBe(true);

      const [fromA, fromB] = await Promise.all([
        request(a.base, 'GET', `/profiles/${id}/walks`, token),
        request(b.base, 'GET', `/profiles/${id}/walks`, token),
      ]);
      expect(fromA.body).toStrictEqual(fromB.body);
      expect(fromA.body['walks']).toHaveLength(60);
      const shoes = await request(a.base, 'GET', `/profiles/${id}/shoes`, token);
      expect(shoes.body['shoes']).toMatchObject([{ kmWalked: 60, walks: 60 }]);

      const removed = String(writes[0]?.body['id']);
      expect(
        (await request(b.base, 'DELETE', `/profiles/${id}/walks/${removed}`, token)).status,
      ).toBe(204);
      expect(
        (await request(a.base, 'DELETE', `/profiles/${id}/walks/${removed}`, token)).status,
      ).toBe(404);
      expect(
        (await request(a.base, 'GET', `/profiles/${id}/walks`, token)).body['walks'],
      ).toHaveLength(59);
    }, 60_000);

    it('honours a share revoked through the other process, and an erase through either', async () => {
      const [a, b] = [server(0), server(1)];
      const created = await request(b.base, 'POST', '/profiles');
      const id = String(created.body['id']);
      const token = String(created.body['token']);
      const share = await request(a.base, 'POST', `/profiles/${id}/shares`, token, {});
      // The JSON of the clinician summary (`url` is the page a clinician opens).
      const path = new URL(String(share.body['apiUrl'])).pathname.replace('/api/v1', '');
      expect((await request(b.base, 'GET', path)).status).toBe(200);
      expect(
        (
          await request(
            b.base,
            'DELETE',
            `/profiles/${id}/shares/${String(share.body['id'])}`,
            token,
          )
        ).status,
      ).toBe(204);
      expect((await request(a.base, 'GET', path)).status).toBe(410);

      expect((await request(a.base, 'DELETE', `/profiles/${id}`, token)).status).toBe(204);
      expect((await request(b.base, 'GET', `/profiles/${id}/walks`, token)).status).toBe(401);
      expect((await request(b.base, 'GET', path)).status).toBe(404);
    }, 60_000);
  });
}
