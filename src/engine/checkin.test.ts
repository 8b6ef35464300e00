/** Specifies check-ins: every warning sign re-asked, triage by the rules of `assess`, and attention held until a clean check-in. */
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE } from '../knowledge/index.js';
import { assess } from '../index.js';
import {
  checkinAttention,
  checkinTriage,
  checkinWarningSigns,
  combineAttention,
  missingWarningSigns,
  trendAttention,
  type CheckinOutcome,
} from './checkin.js';

/** Every warning sign a check-in asks, answered "no". */
function allClear(): Record<string, boolean | null> {
  return Object.fromEntries(
    checkinWarningSigns(KNOWLEDGE)
      .filter((feature) => feature.askWhen === undefined)
      .map((feature) => [feature.id, false]),
  );
}

describe('the warning signs a check-in asks', () => {
  it('asks every warning sign of the knowledge base except the plainer re-asks', () => {
    const asked = checkinWarningSigns(KNOWLEDGE).map((feature) => feature.id);
    const warning = KNOWLEDGE.features.filter((feature) => feature.group === 'warning');
    expect(asked).toStrictEqual(
      warning.filter((feature) => feature.rechecks === undefined).map((feature) => feature.id),
    );
    expect(asked).toContain('bladder_bowel_change');
    expect(asked).toContain('pulsating_abdomen');
    expect(asked).not.toContain('bladder_bowel_recheck');
  });

  it('names every sign left out, and a follow-up sign once its condition holds', () => {
    expect(missingWarningSigns(KNOWLEDGE, allClear())).toStrictEqual([]);
    const withoutFever = Object.fromEntries(
      Object.entries(allClear()).filter(([id]) => id !== 'fever'),
    );
    expect(missingWarningSigns(KNOWLEDGE, withoutFever)).toStrictEqual(['fever']);
    expect(missingWarningSigns(KNOWLEDGE, { ...allClear(), leg_weakness: true })).toStrictEqual([
      'weakness_progressing',
    ]);
  });
});

describe('the triage of a check-in', () => {
  it('gives an emergency for new bladder trouble, as assess does', () => {
    const triage = checkinTriage(
      KNOWLEDGE,
      { ...allClear(), bladder_bowel_change: true },
      '2026-03-01',
    );
    expect(triage.level).toBe('emergency');
    expect(triage.reasons[0]?.feature).toBe('bladder_bowel_change');
  });

  it('gives self-care when every sign is answered no', () => {
    const triage = checkinTriage(KNOWLEDGE, allClear(), '2026-03-01');
    expect(triage.level).toBe('self_care');
    expect(triage.unanswered).toStrictEqual([]);
  });

  it('lists a "not sure" as unanswered and never as all clear', () => {
    const triage = checkinTriage(KNOWLEDGE, { ...allClear(), saddle_numbness: null }, '2026-03-01');
    expect(triage.unanswered).toStrictEqual(['saddle_numbness']);
    expect(triage.advice).toContain('numb');
  });

  it('reads the latest assessment for the rules that need age or duration, as assess would', () => {
    const context = { answers: { age: 62, duration_weeks: 2 }, answeredAt: '2026-01-01T10:00:00Z' };
    const signs = { ...allClear(), not_improving_month: true };
    expect(checkinTriage(KNOWLEDGE, signs, '2026-01-20').level).toBe('self_care');
    const withContext = checkinTriage(KNOWLEDGE, signs, '2026-01-20', context);
    expect(withContext.level).toBe(assess({ age: 62, duration_weeks: 4, ...signs }).triage.level);
    expect(withContext.level).toBe('soon');
  });

  it("carries the pain's duration forward from the assessment to the check-in date", () => {
    const context = { answers: { age: 62, duration_weeks: 2 }, answeredAt: '2026-01-01T10:00:00Z' };
    const signs = { ...allClear(), not_improving_month: true };
    // Twelve weeks later the pain is long-standing: the rule for long-standing pain applies.
    const later = checkinTriage(KNOWLEDGE, signs, '2026-03-26', context);
    expect(later.reasons.map((reason) => reason.rule)).toContain(
      'older_long_standing_not_improving',
    );
  });

  it('does not escalate a clean check-in on what the assessment alone gives (new pain after 70)', () => {
    const context = { answers: { age: 78, duration_weeks: 2 }, answeredAt: '2026-01-01T10:00:00Z' };
    expect(assess(context.answers).triage.level).toBe('soon');
    expect(checkinTriage(KNOWLEDGE, allClear(), '2026-01-08', context).level).toBe('self_care');
    const withFever = checkinTriage(
      KNOWLEDGE,
      { ...allClear(), fever: true },
      '2026-01-08',
      context,
    );
    expect(withFever.reasons.map((reason) => reason.rule)).toStrictEqual(['infection_fever']);
  });

  it("does not carry the assessment's old warning answers into a check-in", () => {
    const context = { answers: { fever: true, age: 40 }, answeredAt: '2026-01-01T10:00:00Z' };
    expect(checkinTriage(KNOWLEDGE, allClear(), '2026-01-20', context).level).toBe('self_care');
  });
});

function outcome(
  date: string,
  level: CheckinOutcome['level'],
  unanswered: string[] = [],
): CheckinOutcome {
  return {
    date,
    level,
    reasons: level === 'self_care' ? [] : [{ feature: 'fever', text: 'Fever with back pain.' }],
    unanswered,
  };
}

describe('attention from check-ins', () => {
  it('holds from the first check-in with a warning sign until a clean check-in', () => {
    expect(
      checkinAttention([
        outcome('2026-03-10', 'urgent'),
        outcome('2026-03-03', 'urgent'),
        outcome('2026-02-20', 'self_care'),
      ]),
    ).toStrictEqual({
      level: 'urgent',
      reasons: [{ feature: 'fever', text: 'Fever with back pain.' }],
      since: '2026-03-03',
      from: ['checkin'],
      asks: ['assessment'],
    });
    expect(
      checkinAttention([outcome('2026-03-17', 'self_care'), outcome('2026-03-10', 'urgent')]),
    ).toBeNull();
  });

  it('is not cleared by a check-in with a "not sure" and no "yes"', () => {
    const attention = checkinAttention([
      outcome('2026-03-17', 'self_care', ['saddle_numbness']),
      outcome('2026-03-10', 'urgent'),
    ]);
    expect(attention?.level).toBe('urgent');
    expect(attention?.since).toBe('2026-03-10');
  });

  it('is null without check-ins, or with only clean ones', () => {
    expect(checkinAttention([])).toBeNull();
    expect(checkinAttention([outcome('2026-03-10', 'self_care', ['fever'])])).toBeNull();
  });
});

describe('attention from a worsening walking trend', () => {
  it('reads as the "getting steadily worse" warning sign and asks for a check-in and a new assessment', () => {
    const attention = trendAttention(KNOWLEDGE, {
      since: '2026-03-02',
      text: 'Walking tolerance fell.',
    });
    expect(attention).toStrictEqual({
      level: assess({ worsening: true }).triage.level,
      reasons: [{ feature: 'worsening', text: 'Walking tolerance fell.' }],
      since: '2026-03-02',
      from: ['trend'],
      asks: ['checkin', 'assessment'],
    });
    expect(attention.level).not.toBe('self_care');
  });

  it('joins check-in attention: the more urgent level, both reasons, the earlier date', () => {
    const fromCheckin = checkinAttention([outcome('2026-03-10', 'urgent')]);
    const fromTrend = trendAttention(KNOWLEDGE, {
      since: '2026-03-02',
      text: 'Walking tolerance fell.',
    });
    expect(combineAttention(fromCheckin, fromTrend)).toMatchObject({
      level: 'urgent',
      since: '2026-03-02',
      from: ['checkin', 'trend'],
      asks: ['assessment', 'checkin'],
    });
    expect(combineAttention(null, null)).toBeNull();
  });
});
