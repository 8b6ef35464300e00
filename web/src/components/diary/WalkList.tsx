/** The walks logged, newest first, each in one line of plain words with a button to delete it. */
import type { Walk } from '../../api/types.js';
import { format, formatNumber, t } from '../../i18n/index.js';
import { formatDay } from '../../state/dates.js';

function lineOf(walk: Walk): string {
  const parts = [format(t.diary.walkLine, { minutes: formatNumber(walk.minutes) })];
  if (walk.minutesUntilSymptoms === null) {
    parts.push(t.diary.symptomFree);
  } else if (typeof walk.minutesUntilSymptoms === 'number') {
    parts.push(format(t.diary.symptomsAfter, { minutes: formatNumber(walk.minutesUntilSymptoms) }));
  }
  parts.push(format(t.diary.painLine, { before: walk.painBefore, after: walk.painAfter }));
  return parts.join(', ');
}

export function WalkList({ walks, onDelete }: { readonly walks: readonly Walk[]; readonly onDelete: (walk: Walk) => void }) {
  if (walks.length === 0) {
    return <p>{t.diary.empty}</p>;
  }
  const newestFirst = [...walks].reverse();
  return (
    <ul class="walk-list">
      {newestFirst.map((walk) => (
        <li key={walk.id}>
          <div>
            <strong>{formatDay(walk.date)}</strong>
            <span>{lineOf(walk)}</span>
          </div>
          <button
            type="button"
            class="button button-secondary button-small"
            aria-label={format(t.diary.deleteLabel, { date: formatDay(walk.date) })}
            onClick={() => {
              onDelete(walk);
            }}
          >
            {t.diary.delete}
          </button>
        </li>
      ))}
    </ul>
  );
}
