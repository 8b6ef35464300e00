/** Runs the storage contract against a real PostgreSQL when STRIDE_TEST_DATABASE_URL is set (`.ci/run` sets it from scripts/postgres.sh). */
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
  });
}
