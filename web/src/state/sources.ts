/** Numbers the sources a result cites, in order of first mention, so reasons can point to "Source 3" in the list below. */
import { KNOWLEDGE, type Result, type Source } from '../engine.js';
import { hrefOfPlace, type Route } from './use-route.js';

export interface NumberedSources {
  readonly list: readonly (Source & { readonly number: number })[];
  readonly numberOf: (id: string) => number | undefined;
  /** The address of a source's entry in the list: on its page, so it reloads to the same place. */
  readonly hrefOf: (id: string) => string;
}

/** The place name of a source's entry in the list (see `hrefOfPlace`). */
export function sourcePlace(id: string): string {
  return `source-${id}`;
}

const BY_ID: ReadonlyMap<string, Source> = new Map(KNOWLEDGE.sources.map((source) => [source.id, source]));

export function sourceById(id: string): Source | undefined {
  return BY_ID.get(id);
}

export function numberSources(ids: Iterable<string>, route: Route): NumberedSources {
  const numbers = new Map<string, number>();
  const list: (Source & { number: number })[] = [];
  for (const id of ids) {
    const source = BY_ID.get(id);
    if (source === undefined || numbers.has(id)) {
      continue;
    }
    numbers.set(id, list.length + 1);
    list.push({ ...source, number: list.length + 1 });
  }
  return { list, numberOf: (id) => numbers.get(id), hrefOf: (id) => hrefOfPlace(route, sourcePlace(id)) };
}

/** Every source the result shows, in the order the page shows them: triage, attention, causes, plan. */
export function sourcesOfResult(result: Result): string[] {
  const ids: string[] = [];
  for (const reason of result.triage.reasons) {
    ids.push(...reason.sources);
  }
  for (const item of result.attention) {
    ids.push(...item.sources);
  }
  for (const cause of result.causes) {
    for (const reason of [...cause.supporting, ...cause.opposing]) {
      ids.push(reason.source);
    }
    ids.push(...cause.sources);
  }
  for (const item of result.plan) {
    ids.push(...item.sources);
  }
  return ids;
}
