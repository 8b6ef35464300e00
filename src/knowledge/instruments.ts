/**
 * The outcome measures a check-in may carry, as data: each instrument's exact wording, how it is
 * scored, its owner and terms as found, and its meaningful change only where a source gives one.
 * The register docs/instruments.md mirrors this file; a test checks the wording's checksums.
 */
import type { Source } from './schema.js';

/** How an instrument is scored; the engine scores by this kind, never by instrument id. */
export type InstrumentScoring =
  /** One 0-10 rating; the score is the rating. */
  | { readonly kind: 'single_rating' }
  /** Every item rated 0-10; the score is their mean. */
  | { readonly kind: 'mean_of_ratings' }
  /** Activities the person names, each rated 0-10; the score is their mean. */
  | {
      readonly kind: 'mean_of_named_activities';
      readonly minActivities: number;
      readonly maxActivities: number;
    }
  /** A timed walk until symptoms force a stop: minutes, minutes until symptoms, distance. */
  | { readonly kind: 'timed_walk'; readonly capMinutes: number };

/** A published threshold past which a change in a score counts as a real change. */
export interface MeaningfulChange {
  /** In the score's own unit; applied to worsening as to improvement (a Stride choice). */
  readonly amount: number;
  readonly sources: readonly string[];
  /** Where the number comes from and why this one, in a sentence. */
  readonly basis: string;
}

/** One score an instrument gives: the primary one first. */
export interface InstrumentScore {
  readonly id: string;
  readonly unit: 'points' | 'minutes' | 'meters';
  readonly min: number;
  readonly max: number;
  readonly higherIsBetter: boolean;
  /** Null: no published meaningful change, so a change is shown and never called real. */
  readonly meaningfulChange: MeaningfulChange | null;
  /** Why there is none, when there is none. */
  readonly noMeaningfulChange?: string;
}

export interface InstrumentItem {
  readonly id: string;
  /** The item exactly as published. */
  readonly text: string;
  /** The published labels of the two ends of a 0-10 scale. */
  readonly anchors?: { readonly low: string; readonly high: string };
}

export interface Instrument {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  /** The terms of use as found, in words, and where they were found. */
  readonly terms: {
    readonly status: 'free' | 'free_unconfirmed';
    readonly text: string;
    /** Where the terms were read: an address, or the evidence compendium's section. */
    readonly foundAt: string;
  };
  /** Instructions as published, when the instrument has them. */
  readonly instructions?: string;
  readonly items: readonly InstrumentItem[];
  /** True when the wording is Stride's own (a generic scale with no single published wording). */
  readonly wordingIsStrides?: boolean;
  readonly scoring: InstrumentScoring;
  readonly scores: readonly InstrumentScore[];
  readonly sources: readonly string[];
}

/** Sources for the instruments that the triage and ranking knowledge does not cite. */
export const INSTRUMENT_SOURCES: readonly Source[] = [
  {
    id: 'krebs_2009',
    kind: 'study',
    citation:
      'Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 2009;24:733-8.',
    url: 'https://link.springer.com/article/10.1007/s11606-009-0981-1',
  },
  {
    id: 'stratford_1995',
    kind: 'study',
    citation:
      'Stratford P, Gill C, Westaway M, Binkley J. Assessing disability and change on individual patients: a report of a patient specific measure. Physiotherapy Canada 1995;47:258-63.',
  },
  {
    id: 'abbott_schmitt_2014',
    kind: 'study',
    citation:
      'Abbott JH, Schmitt JS. Minimum important differences for the Patient-Specific Functional Scale, 4 region-specific outcome measures, and the Numeric Pain Rating Scale. J Orthop Sports Phys Ther 2014;44:560-4.',
  },
  {
    id: 'carlesso_2021',
    kind: 'study',
    citation:
      'Carlesso C, Piva SR, Smith C, Ammendolia C, Schneider MJ. Responsiveness of outcome measures in nonsurgical patients with lumbar spinal stenosis: a secondary analysis from a randomized controlled trial. Spine 2021;46:788-95.',
    url: 'https://metajournal.com/articles/1159438',
  },
];

const ZERO_TO_TEN = { min: 0, max: 10 } as const;

/** The 0-10 pain scale's meaningful change (evidence section 11, Ostelo 2008). */
const PAIN_SCALE_CHANGE: MeaningfulChange = {
  amount: 2,
  sources: ['ostelo_2008'],
  basis:
    'The consensus minimal important change of the 0-10 pain scale is 2 points or 30% from baseline (Ostelo 2008); Stride uses the 2 points, as the walking trend does.',
};

function painRating(id: 'nrs_back' | 'nrs_leg', where: string, name: string): Instrument {
  return {
    id,
    name,
    owner: 'No owner: the 0-10 numeric pain rating scale is a generic scale in the public domain.',
    terms: {
      status: 'free',
      text: "Public domain (evidence compendium section 11). No single published wording exists; the wording is Stride's, with the usual end labels.",
      foundAt:
        'evidence compendium (evidence/clinical.md) section 11 (Numeric Pain Rating Scale row)',
    },
    items: [
      {
        id,
        text: `What number best describes your pain in your ${where} right now?`,
        anchors: { low: 'No pain', high: 'Pain as bad as you can imagine' },
      },
    ],
    wordingIsStrides: true,
    scoring: { kind: 'single_rating' },
    scores: [
      {
        id,
        unit: 'points',
        ...ZERO_TO_TEN,
        higherIsBetter: false,
        meaningfulChange: PAIN_SCALE_CHANGE,
      },
    ],
    sources: ['ostelo_2008', 'abbott_schmitt_2014'],
  };
}

export const INSTRUMENTS: readonly Instrument[] = [
  painRating('nrs_back', 'lower back', 'Back pain now (0-10)'),
  painRating('nrs_leg', 'leg', 'Leg pain now (0-10)'),
  {
    id: 'peg',
    name: 'PEG: pain, enjoyment of life and general activity',
    owner:
      'Erin E. Krebs and colleagues (Krebs 2009); its items come from the Brief Pain Inventory (copyright Charles S. Cleeland).',
    terms: {
      status: 'free_unconfirmed',
      text: 'Published in full in an open-access article (Krebs 2009, figure 1) and widely reproduced as free to use; no licence statement for the PEG itself was found. The Brief Pain Inventory user guide says its copyright covers all BPI derivatives: a deployer should confirm with the MD Anderson Cancer Center before commercial use.',
      foundAt:
        'https://link.springer.com/article/10.1007/s11606-009-0981-1 and the BPI user guide (https://studyres.com/doc/1712721/bpi-user-guide---md-anderson-cancer-center)',
    },
    items: [
      {
        id: 'pain',
        text: 'What number best describes your pain on average in the past week?',
        anchors: { low: 'No pain', high: 'Pain as bad as you can imagine' },
      },
      {
        id: 'enjoyment',
        text: 'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
        anchors: { low: 'Does not interfere', high: 'Completely interferes' },
      },
      {
        id: 'activity',
        text: 'What number best describes how, during the past week, pain has interfered with your general activity?',
        anchors: { low: 'Does not interfere', high: 'Completely interferes' },
      },
    ],
    scoring: { kind: 'mean_of_ratings' },
    scores: [
      {
        id: 'peg',
        unit: 'points',
        ...ZERO_TO_TEN,
        higherIsBetter: false,
        meaningfulChange: null,
        noMeaningfulChange:
          'Krebs 2009 shows the PEG is sensitive to change but gives no minimal important change, and the evidence compendium gives none.',
      },
    ],
    sources: ['krebs_2009'],
  },
  {
    id: 'psfs',
    name: 'Patient-Specific Functional Scale',
    owner: 'Paul Stratford and colleagues (Stratford 1995).',
    terms: {
      status: 'free_unconfirmed',
      text: 'Freely used in clinics (evidence compendium section 11: not verified); the published form says "Reproduced with the permission of the authors". No licence or fee was found. A deployer should confirm with the authors.',
      foundAt: 'https://www.precisionphysio.com.au/the-patient-specific-functional-scale/',
    },
    instructions:
      'I am going to ask you to identify up to three important activities that you are unable to do or are having difficulty with as a result of your back problem. Today, are there any activities that you are unable to do or having difficulty with because of your back problem?',
    items: [
      {
        id: 'activity',
        text: 'Patient-specific activity scoring scheme (Point to one number):',
        anchors: {
          low: 'Unable to perform activity',
          high: 'Able to perform activity at the same level as before injury or problem',
        },
      },
      {
        id: 'follow_up',
        text: 'When I assessed you on (state previous assessment date), you told me that you had difficulty with (read all activities from list at a time). Today, do you still have difficulty with: (read and have patient score each item in the list)?',
      },
    ],
    scoring: { kind: 'mean_of_named_activities', minActivities: 1, maxActivities: 3 },
    scores: [
      {
        id: 'psfs',
        unit: 'points',
        ...ZERO_TO_TEN,
        higherIsBetter: true,
        meaningfulChange: {
          amount: 2,
          sources: ['stratford_1995', 'abbott_schmitt_2014'],
          basis:
            'The minimum detectable change (90%) of the average score is 2 points (Stratford 1995, on the published form), above the small minimal important difference of 1.3 (Abbott and Schmitt 2014): a change of 2 is both beyond measurement error and important.',
        },
      },
    ],
    sources: ['stratford_1995', 'abbott_schmitt_2014'],
  },
  {
    id: 'walking_test',
    name: 'Self-paced walking test',
    owner: 'Tomkins CC, Battie MC and colleagues (Tomkins 2009): a published protocol.',
    terms: {
      status: 'free',
      text: 'A published test protocol with no licence (evidence compendium section 11).',
      foundAt:
        'evidence compendium (evidence/clinical.md) section 11 (Self-Paced Walking Test row)',
    },
    instructions:
      'Walk on level ground at your own pace until symptoms force you to stop, for at most 30 minutes.',
    items: [
      { id: 'minutes', text: 'Minutes walked until you had to stop.' },
      { id: 'minutes_until_symptoms', text: 'Minutes until symptoms started (none: no symptoms).' },
      { id: 'distance', text: 'Distance walked (optional).' },
    ],
    wordingIsStrides: true,
    scoring: { kind: 'timed_walk', capMinutes: 30 },
    scores: [
      {
        id: 'walking_test',
        unit: 'minutes',
        min: 0,
        max: 600,
        higherIsBetter: true,
        meaningfulChange: null,
        noMeaningfulChange:
          'The published meaningful change of the self-paced walking test is in distance (Carlesso 2021); none was found for time.',
      },
      {
        id: 'walking_test_distance',
        unit: 'meters',
        min: 0,
        max: 100_000,
        higherIsBetter: true,
        meaningfulChange: {
          amount: 375.9,
          sources: ['carlesso_2021'],
          basis:
            'Minimal clinically important difference for "minimal improvement" in people with spinal stenosis treated without surgery: 375.9 m at 2 months and 319.3 m at 6 months (Carlesso 2021); Stride uses the larger, so it never calls a smaller change real.',
        },
      },
    ],
    sources: ['tomkins_2009', 'carlesso_2021'],
  },
];

/**
 * Where a deployer adds an instrument they hold a licence for (ODI, ZCQ, MSK-HQ, EQ-5D, PROMIS are
 * not shipped: their owners' terms need one). Add an `Instrument` here with its exact licensed
 * wording and one of the scoring kinds above; the check-in routes, scores, FHIR and the register
 * test pick it up. Leave it empty in the open-source release.
 */
export const LICENSED_INSTRUMENTS: readonly Instrument[] = [];

/** Every instrument a check-in accepts. */
export const ALL_INSTRUMENTS: readonly Instrument[] = [...INSTRUMENTS, ...LICENSED_INSTRUMENTS];

