/**
 * The served OpenAPI document passes the two linters an outside probe used: Spectral with the
 * `spectral:oas` ruleset (0 errors, 0 warnings) and Redocly CLI's recommended rules (0 errors,
 * 0 warnings). Both run as their own CLIs on the document `npm start` serves, written to a
 * temporary folder with the ruleset files beside it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** A package's CLI script, from its own package.json `bin`. */
function binOf(packageName: string, bin: string): string {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = require(manifestPath) as { bin: Record<string, string> };
  const script = manifest.bin[bin];
  if (script === undefined) {
    throw new Error(`${packageName} has no ${bin} command`);
  }
  return join(dirname(manifestPath), script);
}

/** Neither tool may phone home from a test run. */
const QUIET_ENV = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
  NO_COLOR: '1',
};

/** A CLI that exits non-zero when it finds problems: its output is what matters here. */
async function lint(script: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [script, ...args], {
      cwd,
      env: QUIET_ENV,
      maxBuffer: 32 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    if (failed.stdout === undefined || failed.stdout === '') {
      throw new Error(`linter failed to run: ${failed.stderr ?? String(error)}`);
    }
    return failed.stdout;
  }
}

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stride-openapi-lint-'));
  store = await openStore({ kind: 'sqlite', dataDir: join(dir, 'data') });
  // As `npm start` serves it: a store (the profile routes) and the default rate limit.
  const app = createApp({ store, logger: createLogger({ level: 'silent' }) });
  const res = await app.request('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  writeFileSync(join(dir, 'openapi.json'), await res.text());
  writeFileSync(join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
  writeFileSync(join(dir, 'redocly.yaml'), 'extends:\n  - recommended\n');
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the OpenAPI document', () => {
  it('has no Spectral (spectral:oas) error or warning', async () => {
    const output = await lint(
      binOf('@stoplight/spectral-cli', 'spectral'),
      ['lint', 'openapi.json', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet'],
      dir,
    );
    const results = JSON.parse(output === '' ? '[]' : output) as {
      code: string;
      message: string;
      path: string[];
      severity: number;
    }[];
    // Severity 0 is an error, 1 a warning; hints and information do not count.
    const problems = results
      .filter((result) => result.severity <= 1)
      .map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
    expect(problems).toStrictEqual([]);
  }, 30_000);

  it('has no Redocly CLI error or warning under its recommended rules', async () => {
    const output = await lint(
      binOf('@redocly/cli', 'redocly'),
      ['lint', 'openapi.json', '--format', 'json'],
      dir,
    );
    const report = JSON.parse(output.slice(output.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toStrictEqual(
      [],
    );
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 30_000);
});
