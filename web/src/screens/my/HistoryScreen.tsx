/** Earlier checks side by side: date, how soon to be seen, and the top causes; a sooner level than before sends them back to the advice. */
import { api } from '../../api/client.js';
import type { SavedAssessment } from '../../api/types.js';
import { LoadFailed } from '../../components/my/LoadFailed.js';
import { MyNav } from '../../components/my/MyNav.js';
import { translated, type TriageLevel } from '../../engine.js';
import { t } from '../../i18n/index.js';
import { formatInstant } from '../../state/dates.js';
import type { SavedProfile } from '../../state/profile.js';
import { useLoad } from '../../state/use-load.js';
import { hrefOf, navigate } from '../../state/use-route.js';

const RANK: Readonly<Record<TriageLevel, number>> = { self_care: 0, soon: 1, urgent: 2, emergency: 3 };

function topCauses(assessment: SavedAssessment): string {
  return assessment.result.causes
    .filter((cause) => cause.band !== 'unlikely')
    .slice(0, 3)
    .map((cause) => translated(cause.name))
    .join(', ');
}

export function HistoryScreen({ profile, onRetake }: { readonly profile: SavedProfile; readonly onRetake: () => void }) {
  const { state, reload } = useLoad(() => api.assessments(profile), [profile.id]);
  const [latest, previous] = state.kind === 'ok' ? state.data : [];
  const higher = latest !== undefined && previous !== undefined && RANK[latest.result.triage.level] > RANK[previous.result.triage.level];
  return (
    <section class="page my-page">
      <h1 tabIndex={-1}>{t.history.title}</h1>
      <MyNav current="history" />
      <p>{t.history.intro}</p>
      {higher ? (
        <p class="warning-box" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t.history.higher} <a href={hrefOf('result')}>{t.progress.warningAction}</a>
        </p>
      ) : null}
      {state.kind === 'loading' ? <p>{t.my.loading}</p> : null}
      {state.kind === 'failed' ? <LoadFailed status={state.status} onRetry={reload} /> : null}
      {state.kind === 'ok' && state.data.length === 0 ? <p>{t.history.empty}</p> : null}
      {state.kind === 'ok' && state.data.length > 0 ? (
        <div class="table-scroll">
          <table class="answer-table compare-table">
            <caption class="visually-hidden">{t.history.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.history.date}</th>
                <th scope="col">{t.history.level}</th>
                <th scope="col">{t.history.causes}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((assessment) => (
                <tr key={assessment.id}>
                  <th scope="row">{formatInstant(assessment.createdAt)}</th>
                  <td data-level={assessment.result.triage.level}>{t.result.levels[assessment.result.triage.level]}</td>
                  <td>{topCauses(assessment)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <button
        type="button"
        class="button button-primary"
        onClick={() => {
          onRetake();
          navigate('questions');
        }}
      >
        {t.history.again}
      </button>
    </section>
  );
}
