/** A short link from a reason to its entry in the numbered source list. */
import { format, t } from '../../i18n/index.js';
import type { NumberedSources } from '../../state/sources.js';

export function SourceRef({ id, sources }: { readonly id: string; readonly sources: NumberedSources }) {
  const number = sources.numberOf(id);
  if (number === undefined) {
    return null;
  }
  return (
    <a class="ref" href={`#ref-${id}`}>
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

export function SourceList({ sources }: { readonly sources: NumberedSources }) {
  return (
    <ol class="source-list">
      {sources.list.map((source) => (
        <li key={source.id} id={`ref-${source.id}`} tabIndex={-1}>
          <span class="source-number">{source.number}.</span> {source.citation}
          {source.kind === 'expert_estimate' && source.rationale !== undefined ? (
            <span class="rationale"> {source.rationale}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
