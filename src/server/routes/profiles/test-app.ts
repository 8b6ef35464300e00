/** A minimal app that mounts only the profile routes, with the shared error handler: for tests and the crash/two-process harness. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { handleErrors, type ErrorLogger } from '../../errors.js';
import { createProfileRoutes, type ProfileRoutesDeps } from '../profiles.js';

const quiet: ErrorLogger = { warn: () => undefined, error: () => undefined };

export function createProfilesTestApp(
  deps: ProfileRoutesDeps,
  logger: ErrorLogger = quiet,
): OpenAPIHono {
  const app = new OpenAPIHono();
  app.onError(handleErrors(logger));
  app.route('/api/v1', createProfileRoutes(deps));
  return app;
}
