// The server side of `npm run bench:api`, run as a child process so the load generator does not
// share its event loop: the real app (POST /api/v1/assess) on one port and a bare Hono route on
// another, both on 127.0.0.1. Reports its ports, and its resident memory when asked.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { assess } from '../dist/index.js';
import { createApp } from '../dist/server/app.js';
import { createLogger } from '../dist/server/logger.js';

// The real app as deployed, minus the per-client limit (every request here comes from one IP).
const app = createApp({ logger: createLogger({ level: 'silent' }), rateLimit: false });

// The baseline: Hono with one POST route that answers a fixed JSON without reading the body.
const bare = new Hono();
bare.post('/bare', (c) => c.json({ ok: true }));
// The engine alone behind Hono (no validation, headers, limits or logging): what the app adds on
// top of this is the cost of the server layer itself.
bare.post('/engine', async (c) => c.json(assess(await c.req.json())));

function listen(fetch) {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve({ server, port: info.port }),
    );
  });
}

const [real, baseline] = await Promise.all([listen(app.fetch), listen(bare.fetch)]);
process.send?.({ type: 'ready', appPort: real.port, barePort: baseline.port });
process.on('message', (message) => {
  if (message === 'memory') {
    const usage = process.memoryUsage();
    process.send?.({ type: 'memory', rss: usage.rss, heapUsed: usage.heapUsed });
  } else if (message === 'gc' && typeof globalThis.gc === 'function') {
    globalThis.gc();
    process.send?.({ type: 'gc' });
  } else if (message === 'stop') {
    real.server.close();
    baseline.server.close();
    process.exit(0);
  }
});
