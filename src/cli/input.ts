/** Reads a JSON answers file (or stdin for "-") for the CLI, failing with one clear line. */
import { readFileSync } from 'node:fs';

/** An error the CLI reports as one line on stderr with exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function readJson(file: string): unknown {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(
      `--answers: cannot read ${file === '-' ? 'standard input' : JSON.stringify(file)} (${code})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--answers: not valid JSON (${(error as Error).message})`);
  }
}
