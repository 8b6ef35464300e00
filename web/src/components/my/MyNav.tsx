/** The links between the "my walking" pages, shown on each of them. */
import { t } from '../../i18n/index.js';
import { hrefOf, type Route } from '../../state/use-route.js';

/** A function, so the labels follow the language chosen. */
const pages = (): readonly { readonly route: Route; readonly label: string }[] => [
  { route: 'diary', label: t.my.navDiary },
  { route: 'walk-test', label: t.my.navTest },
  { route: 'progress', label: t.my.navProgress },
  { route: 'checkin', label: t.my.navCheckin },
  { route: 'shoes', label: t.my.navShoes },
  { route: 'history', label: t.my.navHistory },
  { route: 'share', label: t.my.navShare },
];

export function MyNav({ current }: { readonly current: Route }) {
  return (
    <nav class="my-nav" aria-label={t.my.navLabel}>
      <ul>
        {pages().map((page) => (
          <li key={page.route}>
            <a href={hrefOf(page.route)} aria-current={page.route === current ? 'page' : undefined}>
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
