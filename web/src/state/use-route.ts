/** Hash routing by hand: a dozen pages need no router library, and hash URLs work from any path and offline. */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | 'start'
  | 'questions'
  | 'result'
  | 'supplements'
  | 'report'
  | 'open'
  | 'diary'
  | 'walk-test'
  | 'shoes'
  | 'progress'
  | 'history'
  | 'share'
  | 'checkin';

const ROUTES: Readonly<Record<string, Route>> = {
  '#/': 'start',
  '#/questions': 'questions',
  '#/result': 'result',
  '#/supplements': 'supplements',
  '#/report': 'report',
  '#/open': 'open',
  '#/diary': 'diary',
  '#/walk-test': 'walk-test',
  '#/shoes': 'shoes',
  '#/progress': 'progress',
  '#/history': 'history',
  '#/share': 'share',
  '#/checkin': 'checkin',
};

export function hrefOf(route: Route): string {
  return route === 'start' ? '#/' : `#/${route}`;
}

/**
 * A route may name a place on its page after one more slash ("#/result/source-nice_ng59"), so a
 * source reference or an opened section has an address that reloads to the same place.
 */
export function hrefOfPlace(route: Route, place: string): string {
  return `${hrefOf(route) === '#/' ? '#' : hrefOf(route)}/${place}`;
}

/** The place on the page that the hash names after the route, or null. */
export function placeOf(hash: string): string | null {
  const match = /^#\/[a-z-]*\/([A-Za-z0-9_-]+)$/.exec(hash);
  return match?.[1] ?? null;
}

/** Only "#/..." hashes are routes; others are in-page anchors and keep the current page. */
function routeOf(hash: string, current: Route): Route {
  if (hash === '' || hash === '#') {
    return 'start';
  }
  if (!hash.startsWith('#/')) {
    return current;
  }
  const page = /^#\/[a-z-]*/.exec(hash)?.[0] ?? '#/';
  return ROUTES[page] ?? 'start';
}

/** The place the address names on the current page (see `hrefOfPlace`), following the hash. */
export function usePlace(): string | null {
  const [place, setPlace] = useState<string | null>(() => placeOf(location.hash));
  useEffect(() => {
    const onChange = (): void => {
      setPlace(placeOf(location.hash));
    };
    addEventListener('hashchange', onChange);
    onChange();
    return () => {
      removeEventListener('hashchange', onChange);
    };
  }, []);
  return place;
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeOf(location.hash, 'start'));
  useEffect(() => {
    const onChange = (): void => {
      setRoute((current) => routeOf(location.hash, current));
    };
    addEventListener('hashchange', onChange);
    // Effects run after the first paint: catch a hash change that happened before the listener existed.
    onChange();
    return () => {
      removeEventListener('hashchange', onChange);
    };
  }, []);
  return route;
}

export function navigate(route: Route, options: { readonly replace?: boolean } = {}): void {
  if (options.replace === true) {
    location.replace(hrefOf(route));
  } else {
    location.hash = hrefOf(route);
  }
}
