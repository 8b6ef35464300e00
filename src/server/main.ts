/**
 * Starts the server: reads the environment, opens the store (SQLite under STRIDE_DATA_DIR, or
 * PostgreSQL at DATABASE_URL), listens on HOST:PORT, and on SIGTERM or SIGINT stops accepting,
 * lets in-flight requests finish, closes the store and exits 0.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { ZodError } from 'zod';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
import { configFrom, configuredOrigin, isWildcardHost } from './config.js';
import { createLogger } from './logger.js';
import { forwardedClient } from './middleware/rate-limit.js';

async function main(): Promise<void> {
  let config;
  try {
    config = configFrom(process.env);
  } catch (error) {
    const issue = error instanceof ZodError ? error.issues[0] : undefined;
    process.stderr.write(
      `stride: bad setting ${String(issue?.path[0] ?? '')}: ${issue?.message ?? String(error)}\n`,
    );
    process.exit(2);
  }
  const logger = createLogger({ level: config.logLevel });
  const store = await openStore(config.store);
  logger.info({ store: store.kind }, 'store open');

  const rateLimit =
    config.rateLimit === false || !config.trustProxy
      ? config.rateLimit
      : { ...config.rateLimit, keyOf: forwardedClient };
  // Share links come from settings only; with PORT=0 the real port is known once listening.
  let shareOrigin = config.publicBaseUrl ?? configuredOrigin(config.host, config.port);
  if (config.publicBaseUrl === undefined && isWildcardHost(config.host)) {
    logger.warn(
      { shareOrigin },
      'HOST listens on every interface: set STRIDE_PUBLIC_URL so share links name a reachable address',
    );
  }
  const app = createApp({
    store,
    logger,
    webRoot: config.webRoot,
    rateLimit,
    publicBaseUrl: () => shareOrigin,
  });
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    if (config.publicBaseUrl === undefined) {
      shareOrigin = configuredOrigin(config.host, info.port);
    }
    logger.info({ address: info.address, port: info.port }, 'listening');
  }) as Server;

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger.error(
        { timeoutMs: config.shutdownTimeoutMs },
        'in-flight requests did not finish; exiting',
      );
      process.exit(1);
    }, config.shutdownTimeoutMs);
    forced.unref();
    // close() stops accepting and calls back once every in-flight request has been answered;
    // idle keep-alive connections would hold it open, so they are closed now and as they go idle.
    server.close(() => {
      store
        .close()
        .then(() => {
          logger.info('stopped');
          process.exit(0);
        })
        .catch(() => {
          logger.error('store did not close cleanly');
          process.exit(1);
        });
    });
    server.closeIdleConnections();
    const idle = setInterval(() => {
      server.closeIdleConnections();
    }, 100);
    idle.unref();
  };
  process.on('SIGTERM', () => {
    shutdown('SIGTERM');
  });
  process.on('SIGINT', () => {
    shutdown('SIGINT');
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `stride: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
