/** On every screen but the test's own: a walking test is running (with its clock) or waits to be saved, and one tap goes back to it. */
import { format, t } from '../../i18n/index.js';
import { clock, useNow, useRunningTest } from '../../state/running-test.js';
import { hrefOf } from '../../state/use-route.js';

export function RunningTestBanner({ profileId }: { readonly profileId: string | null }) {
  const running = useRunningTest();
  const test = running !== null && running.profileId === profileId ? running : null;
  const now = useNow(test !== null && test.stoppedAt === null);
  if (test === null) {return null;}
  return (
    <aside class="running-test" aria-label={t.walkTest.title} data-running-test={test.stoppedAt === null ? 'running' : 'stopped'}>
      <p>
        {test.stoppedAt === null ? (
          format(t.walkTest.running, { time: clock((now - test.startedAt) / 1000) })
        ) : (
          t.walkTest.unsaved
        )}
      </p>
      <a class="button button-primary button-small" href={hrefOf('walk-test')}>
        {test.stoppedAt === null ? t.walkTest.backToTest : t.walkTest.finishTest}
      </a>
    </aside>
  );
}
