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
  | 'share';

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
};

export function hrefOf(route: Route): string {
  return route === 'start' ? '#/' : `#/${route}`;
}

/** Only "#/..." hashes are routes; others ("#ref-3") are in-page anchors and keep the current page. */
function routeOf(hash: string, current: Route): Route {
  if (hash === '' || hash === '#') {
    return 'start';
  }
  return hash.startsWith('#/') ? (ROUTES[hash] ?? 'start') : current;
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
