/**
 * A minimal server process for the crash and two-process tests: the profile routes over node:http,
 * on SQLite (STRIDE_DATA_DIR) or PostgreSQL (DATABASE_URL). Prints "listening <port>" when ready.
 * Used because the full server (src/server/main.ts) may not exist yet; the store and routes are the real ones.
 */
import { serve } from '@hono/node-server';
import { openStore } from '../../../src/store/index.js';
import { createProfilesTestApp } from '../../../src/server/routes/profiles/test-app.js';

const url = process.env['DATABASE_URL'];
const store = await openStore(
  url !== undefined && url !== ''
    ? { kind: 'postgres', url, poolSize: 4 }
    : { kind: 'sqlite', dataDir: process.env['STRIDE_DATA_DIR'] ?? './data' },
);
const app = createProfilesTestApp(
  { store },
  {
    warn: () => undefined,
    error: (object) => process.stderr.write(`${JSON.stringify(object)}\n`),
  },
);
const server = serve(
  { fetch: app.fetch, port: Number(process.env['PORT'] ?? 0), hostname: '127.0.0.1' },
  (info) => {
    process.stdout.write(`listening ${info.port}\n`);
  },
);

process.once('SIGTERM', () => {
  server.close(() => {
    void store.close().then(() => process.exit(0));
  });
});
