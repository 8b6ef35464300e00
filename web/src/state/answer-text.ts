/** Turns one stored answer into words for the clinician report: Yes / No / Not sure / Not asked, a number with its unit, or the choice's label. */
import type { AnswerValue, Feature } from '../engine.js';
import { formatNumber, t } from '../i18n/index.js';

/** A function, so the words follow the language chosen. */
const units = (): Readonly<Record<string, string>> => ({
  years: t.interview.unitYears,
  weeks: t.interview.unitWeeks,
  minutes: t.interview.unitMinutes,
});

export function answerText(feature: Feature, value: AnswerValue | undefined): string {
  if (value === undefined) {
    return t.report.answerNotAsked;
  }
  if (value === null) {
    return t.report.answerNotSure;
  }
  if (typeof value === 'boolean') {
    return value ? t.report.answerYes : t.report.answerNo;
  }
  if (typeof value === 'number') {
    const unit = feature.unit === undefined ? undefined : (units()[feature.unit] ?? feature.unit);
    return unit === undefined || unit === '0-10' ? `${formatNumber(value)}${unit === '0-10' ? ' / 10' : ''}` : `${formatNumber(value)} ${unit}`;
  }
  return feature.options?.find((option) => option.value === value)?.label ?? value;
}
