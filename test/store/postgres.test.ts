/** Runs the storage contract against a real PostgreSQL when STRIDE_TEST_DATABASE_URL is set (`.ci/run` sets it from scripts/postgres.sh). */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { defineStoreSuite } from './store.suite.js';

const url = process.env['STRIDE_TEST_DATABASE_URL'];

if (url === undefined || url === '') {
  console.warn(
    'SKIPPED %s: STRIDE_TEST_DATABASE_URL is not set (export STRIDE_TEST_DATABASE_URL=$(bash scripts/postgres.sh))',
    'the PostgreSQL storage suite',
  );
  describe('storage contract: PostgreSQL', () => {
    it.skip('SKIPPED: set STRIDE_TEST_DATABASE_URL (e.g. $(bash scripts/postgres.sh)) to run the PostgreSQL suite', () => {});
  });
} else {
  defineStoreSuite('PostgreSQL', (options) => openStore({ kind: 'postgres', url, ...options }));

  describe('PostgreSQL specifics', () => {
    it('migrates safely when several processes open the same database at once', async () => {
      const stores = await Promise.all(
        [1, 2, 3].map(() => openStore({ kind: 'postgres', url, poolSize: 2 })),
      );
      const [first] = stores;
      if (first === undefined) {
        throw new Error('no store opened');
      }
      const profile = await first.profiles.create(new Date());
      for (const store of stores) {
        expect(await store.profiles.authenticate(profile.token)).toBe(profile.id);
      }
      await Promise.all(stores.map((store) => store.close()));
    });

    it('carries on when the server ends its idle connections (a restart, an administrator)', async () => {
      // Its own application name, so that only this store's connections are ended, not other tests'.
      const named = new URL(url);
      named.searchParams.set('application_name', 'stride_idle_test');
      const store = await openStore({ kind: 'postgres', url: named.href, poolSize: 2 });
      const profile = await store.profiles.create(new Date());
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      try {
        await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and state = $2', ['stride_idle_test', 'idle']);
      } finally {
        await admin.end();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await store.profiles.authenticate(profile.token)).toBe(profile.id);
      await store.close();
    });

    it('opens a new database from several processes at once: migrations and statistics settings do not deadlock', async () => {
      const database = `stride_open_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${database}`);
      const fresh = new URL(url);
      fresh.pathname = `/${database}`;
      try {
        const opened = await Promise.allSettled([1, 2, 3, 4].map(() => openStore({ kind: 'postgres', url: fresh.href, poolSize: 2 })));
        await Promise.all(opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value.close()] : [])));
        expect(opened.filter((result) => result.status === 'rejected')).toStrictEqual([]);
      } finally {
        await admin.query(`drop database if exists ${database} with (force)`);
        await admin.end();
      }
    });
  });
}
