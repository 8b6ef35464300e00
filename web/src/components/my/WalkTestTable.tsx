/** The walking tests' results in a table, newest first: time to first symptoms, total time, distance, why they stopped. The progress page and the clinician page each give their own words for the headings. */
import type { WalkTestResult } from '../../../../src/engine/walk-test.js';
import { format, formatNumber, t } from '../../i18n/index.js';
import { formatDay } from '../../state/dates.js';

export interface WalkTestHeadings {
  readonly caption: string;
  readonly date: string;
  readonly symptoms: string;
  readonly total: string;
  readonly distance: string;
  readonly stopped: string;
}

const minutes = (value: number): string => format(t.walkTest.minutesValue, { minutes: formatNumber(value) });

export function WalkTestTable({ tests, headings, className }: { readonly tests: readonly WalkTestResult[]; readonly headings: WalkTestHeadings; readonly className?: string }) {
  return (
    <div class="table-scroll">
      <table class={className ?? 'walk-tests'} data-walk-tests={tests.length}>
        <caption>{headings.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headings.date}</th>
            <th scope="col">{headings.symptoms}</th>
            <th scope="col">{headings.total}</th>
            <th scope="col">{headings.distance}</th>
            <th scope="col">{headings.stopped}</th>
          </tr>
        </thead>
        <tbody>
          {tests.map((test, index) => (
            <tr key={`${test.date}-${String(index)}`}>
              <th scope="row">{formatDay(test.date)}</th>
              <td>{test.minutesUntilSymptoms === null ? t.diary.symptomFree : test.minutesUntilSymptoms === undefined ? t.walkTest.noValue : minutes(test.minutesUntilSymptoms)}</td>
              <td>{minutes(test.minutes)}</td>
              <td>{test.distanceKm === undefined ? t.walkTest.noValue : format(t.walkTest.kmValue, { km: formatNumber(test.distanceKm, { maximumFractionDigits: 2 }) })}</td>
              <td>{t.diary.stoppedBecause[test.stoppedBecause]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
