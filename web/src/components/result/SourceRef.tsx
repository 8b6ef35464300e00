/**
 * A short link from a reason to its entry in the numbered source list, and the list itself. The
 * link's address names the entry on its page (#/result/source-...), so a reload lands on it too:
 * the list opens, scrolls to the entry and focuses it.
 */
import { useEffect, useState } from 'preact/hooks';
import { format, t } from '../../i18n/index.js';
import { sourcePlace, type NumberedSources } from '../../state/sources.js';
import { usePlace } from '../../state/use-route.js';

export function SourceRef({ id, sources }: { readonly id: string; readonly sources: NumberedSources }) {
  const number = sources.numberOf(id);
  if (number === undefined) {
    return null;
  }
  return (
    <a class="ref" href={sources.hrefOf(id)}>
      {format(t.result.source, { source: String(number) })}
    </a>
  );
}

export function SourceRefs({ ids, sources }: { readonly ids: readonly string[]; readonly sources: NumberedSources }) {
  const unique = [...new Set(ids)].filter((id) => sources.numberOf(id) !== undefined);
  if (unique.length === 0) {
    return null;
  }
  return (
    <p class="refs">
      {unique.map((id) => (
        <SourceRef key={id} id={id} sources={sources} />
      ))}
    </p>
  );
}

/** The numbered list, folded away under "Show the sources" until asked for or until the address names one of its entries. */
export function SourceList({ sources, titleId }: { readonly sources: NumberedSources; readonly titleId: string }) {
  const place = usePlace();
  const named = sources.list.find((source) => sourcePlace(source.id) === place);
  const [opened, setOpened] = useState(false);
  const open = opened || named !== undefined;
  // Once the list is built (an address named an entry), bring that entry into view and focus it.
  useEffect(() => {
    if (named === undefined) {
      return;
    }
    const item = document.getElementById(sourcePlace(named.id));
    item?.scrollIntoView({ block: 'center' });
    item?.focus({ preventScroll: true });
  }, [named]);
  return (
    <details
      class="why sources"
      open={open}
      aria-labelledby={titleId}
      onToggle={(event) => {
        setOpened(event.currentTarget.open);
      }}
    >
      <summary>{format(t.result.sourcesShow, { count: sources.list.length })}</summary>
      {open ? (
        <ol class="source-list">
          {sources.list.map((source) => (
            <li key={source.id} id={sourcePlace(source.id)} tabIndex={-1}>
              <span class="source-number">{source.number}.</span> <span lang="en">{source.citation}</span>
              {source.kind === 'expert_estimate' && source.rationale !== undefined ? (
                <span class="rationale" lang="en">
                  {' '}
                  {source.rationale}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
