/** Keeps Intl objects (formats, plural rules) once made: making one is slow on a phone (tens of milliseconds), using one is not. No DOM, so the catalogue tests can use it. */

/** The value kept under `key`, made by `make` the first time it is asked for. */
export function madeOnce<T>(made: Map<string, T>, key: string, make: () => T): T {
  let found = made.get(key);
  if (found === undefined) {
    found = make();
    made.set(key, found);
  }
  return found;
}
