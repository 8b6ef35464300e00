/**
 * The causes Stride weighs: prior probabilities and likelihood ratios, each with its source.
 * Correlated items are counted once (`strongest_of`) or through one validated cluster; ratios
 * from clinic studies are shrunk toward 1 (see `reported` for the published figure).
 */
import { CAUSE_TEXTS } from './cause-texts.js';
import type { Cause, Condition, Evidence } from './schema.js';
import { ageBelow, ageFrom, is } from './when.js';

interface SingleInput {
  when: Condition;
  text: string;
  textIfFalse?: string;
  ratioIfTrue: number;
  ratioIfFalse?: number;
  source: string;
  sourceIfFalse?: string;
  reported?: string;
}

const single = (input: SingleInput): Evidence & { kind: 'single' } => ({
  kind: 'single',
  ...input,
});

/** A yes/no answer with an expert-estimated ratio each way. */
const expertYesNo = (
  feature: string,
  ratioIfTrue: number,
  ratioIfFalse: number,
  text: string,
  textIfFalse: string,
  source: string,
): Evidence => single({ when: is(feature), text, textIfFalse, ratioIfTrue, ratioIfFalse, source });

type CauseEvidence = Omit<
  Cause,
  'name' | 'medicalName' | 'explanation' | 'pattern' | 'helps' | 'whenToSeeClinician'
>;

const EVIDENCE: readonly CauseEvidence[] = [
  {
    id: 'muscle_strain',
    serious: false,
    prior: { probability: 0.2, source: 'expert_prior_nonspecific' },
    telltale: ['activity_increase', 'muscle_tender'],
    evidence: [
      expertYesNo(
        'activity_increase',
        2,
        0.7,
        'You walk more than before, or began again after a long break',
        'No recent jump in how much you walk',
        'expert_strain',
      ),
      expertYesNo(
        'muscle_tender',
        1.8,
        0.75,
        'Sore, tender muscles beside the spine',
        'No sore muscles beside the spine',
        'expert_strain',
      ),
      expertYesNo(
        'sedentary',
        1.3,
        0.9,
        'Mostly inactive, so muscles may be out of shape',
        'You are active most days',
        'expert_strain',
      ),
      single({
        when: { feature: 'duration_weeks', below: 6 },
        text: 'It started less than 6 weeks ago',
        ratioIfTrue: 1.5,
        source: 'expert_strain',
      }),
      single({
        when: { feature: 'duration_weeks', atLeast: 12 },
        text: 'It has lasted 12 weeks or more',
        ratioIfTrue: 0.6,
        source: 'expert_strain',
      }),
      single({
        when: is('leg_symptoms', 'none'),
        text: 'The pain stays in the back',
        textIfFalse: 'Symptoms spread into the legs',
        ratioIfTrue: 1.2,
        ratioIfFalse: 0.7,
        source: 'expert_strain',
      }),
    ],
    sources: ['expert_strain', 'hartvigsen_2018'],
  },
  {
    id: 'posture_gait',
    serious: false,
    prior: { probability: 0.1, source: 'expert_prior_nonspecific' },
    telltale: ['stooped_gait', 'limp_or_uneven'],
    evidence: [
      expertYesNo(
        'stooped_gait',
        1.8,
        0.7,
        'You walk leaning forward or with your head forward',
        'You walk upright',
        'expert_posture',
      ),
      expertYesNo(
        'limp_or_uneven',
        1.8,
        0.7,
        'You limp or take uneven steps',
        'Your steps are even',
        'expert_posture',
      ),
      expertYesNo(
        'sedentary',
        1.2,
        0.9,
        'Mostly inactive, so the muscles that hold you upright may be weak',
        'You are active most days',
        'expert_posture',
      ),
    ],
    sources: ['expert_posture'],
  },
  {
    id: 'footwear',
    serious: false,
    prior: { probability: 0.08, source: 'expert_prior_nonspecific' },
    telltale: ['shoes_worn', 'shoes_unsupportive'],
    evidence: [
      expertYesNo(
        'shoes_worn',
        2,
        0.6,
        'Your walking shoes are worn out',
        'Your walking shoes are in good shape',
        'expert_footwear',
      ),
      expertYesNo(
        'shoes_unsupportive',
        1.6,
        0.8,
        'You walk in high heels or flat shoes without arch support',
        'Your shoes give support',
        'expert_footwear',
      ),
      expertYesNo(
        'hard_surfaces',
        1.3,
        0.9,
        'You walk mostly on concrete or asphalt',
        'You do not walk mostly on hard ground',
        'expert_footwear',
      ),
    ],
    sources: ['expert_footwear', 'sahar_2007'],
  },
  {
    id: 'spinal_stenosis',
    serious: false,
    prior: { probability: 0.25, source: 'jensen_2020' },
    telltale: ['relief_sitting', 'relief_leaning_forward'],
    evidence: [
      single({
        when: ageFrom(71),
        text: 'Age over 70',
        ratioIfTrue: 1.6,
        source: 'suri_2010',
        reported: 'LR+ 2.0 (95% CI 1.6-2.5); lower bound used',
      }),
      single({
        when: ageBelow(60),
        text: 'Age under 60: a narrowed canal is less common',
        ratioIfTrue: 0.57,
        source: 'suri_2010',
        reported: 'LR 0.40 (95% CI 0.29-0.57); bound nearest 1 used',
      }),
      {
        // Suri 2010's history items, the source article's and the expert ones all describe one
        // thing (nerve claudication: where it is felt, what brings it on, what eases it), so
        // they are counted once, not multiplied (encoding rules 2 and 6).
        kind: 'strongest_of',
        domain:
          'The nerve pattern: where it is felt, what brings it on and what eases it (these answers overlap, so only the strongest counts)',
        items: [
          single({
            when: is('relief_leaning_forward'),
            text: 'Leaning forward, as on a trolley, eases it',
            textIfFalse: 'Leaning forward does not ease it',
            ratioIfTrue: 4.1,
            ratioIfFalse: 0.6,
            source: 'suri_2010',
            reported: 'LR+ 6.4 (4.1-9.9), LR- 0.52 (0.46-0.60); bounds nearest 1 used',
          }),
          single({
            when: is('leg_symptoms', 'both_legs'),
            text: 'Symptoms in both legs',
            textIfFalse: 'Symptoms not in both legs',
            ratioIfTrue: 3.1,
            ratioIfFalse: 0.68,
            source: 'suri_2010',
            reported:
              'Bilateral buttock or leg pain LR+ 6.3 (3.1-13), LR- 0.54 (0.43-0.68); bounds nearest 1 used',
          }),
          single({
            when: is('no_pain_seated'),
            text: 'No pain at all when seated',
            textIfFalse: 'Some pain remains when seated',
            ratioIfTrue: 1.9,
            ratioIfFalse: 0.76,
            source: 'suri_2010',
            reported: 'LR+ 7.4 (1.9-30), LR- 0.57 (0.43-0.76); bounds nearest 1 used',
          }),
          single({
            when: is('standing_provokes'),
            text: 'Standing still for a while brings it on',
            textIfFalse: 'Standing still does not bring it on',
            ratioIfTrue: 1.8,
            ratioIfFalse: 0.56,
            source: 'suri_2010',
            reported: 'LR+ 2.3 (1.8-2.8), LR- 0.46 (0.37-0.56); bounds nearest 1 used',
          }),
          single({
            when: is('relief_sitting'),
            text: 'Sitting down eases it',
            textIfFalse: 'Sitting down does not ease it',
            ratioIfTrue: 1.4,
            ratioIfFalse: 0.81,
            source: 'suri_2010',
            reported: 'LR+ 3.3 (1.4-7.7), LR- 0.58 (0.41-0.81); bounds nearest 1 used',
          }),
          single({
            when: is('leg_symptoms', 'none'),
            text: 'No leg symptoms. A narrow canal often brings on leg symptoms when you walk',
            ratioIfTrue: 0.31,
            source: 'suri_2010',
            reported: 'Neurogenic claudication absent: LR- 0.23 (0.17-0.31); bound nearest 1 used',
          }),
          single({
            when: is('downhill_worse'),
            text: 'Walking downhill is worse than uphill',
            textIfFalse: 'Downhill is not worse',
            ratioIfTrue: 1.3,
            ratioIfFalse: 0.9,
            source: 'expert_stenosis',
          }),
          single({
            when: is('cycling_ok'),
            text: 'You can cycle without the same symptoms',
            textIfFalse: 'Cycling brings the same symptoms',
            ratioIfTrue: 1.3,
            ratioIfFalse: 0.8,
            source: 'expert_stenosis',
          }),
          single({
            when: is('extension_pain'),
            text: 'Arching back makes it worse',
            textIfFalse: 'Arching back does not make it worse',
            ratioIfTrue: 1.3,
            ratioIfFalse: 0.9,
            source: 'expert_stenosis',
          }),
          single({
            when: is('numbness_tingling'),
            text: 'Numbness or tingling in the legs or feet',
            textIfFalse: 'No numbness or tingling',
            ratioIfTrue: 1.3,
            ratioIfFalse: 0.9,
            source: 'expert_stenosis',
          }),
          single({
            when: is('stooped_gait'),
            text: 'You walk bent forward, which eases a narrowed canal',
            ratioIfTrue: 1.3,
            source: 'expert_stenosis',
          }),
        ],
      },
      {
        kind: 'strongest_of',
        domain: 'A pattern of narrowed leg arteries rather than nerves (counted once)',
        items: [
          single({
            when: is('calf_cramp_walking'),
            text: 'Cramping calf pain on walking points more to the arteries',
            ratioIfTrue: 0.7,
            source: 'expert_stenosis',
          }),
          single({
            when: is('buttock_thigh_cramp_walking'),
            text: 'A buttock or thigh cramp that goes when you stand still points more to the arteries',
            ratioIfTrue: 0.7,
            source: 'expert_stenosis',
          }),
          single({
            when: is('relief_standing_still'),
            text: 'Just standing still eases it, which points more to the arteries',
            ratioIfTrue: 0.7,
            source: 'expert_stenosis',
          }),
        ],
      },
    ],
    sources: ['suri_2010', 'jensen_2020', 'konno_2007'],
  },
  {
    id: 'disc_degeneration',
    serious: false,
    prior: { probability: 0.15, source: 'expert_prior_structural' },
    telltale: ['sitting_worse', 'bending_worse'],
    evidence: [
      expertYesNo(
        'sitting_worse',
        1.5,
        0.8,
        'Sitting for a long time makes it worse',
        'Long sitting does not make it worse',
        'expert_disc',
      ),
      expertYesNo(
        'bending_worse',
        1.5,
        0.8,
        'Bending forward makes it worse',
        'Bending forward does not make it worse',
        'expert_disc',
      ),
      expertYesNo(
        'cough_sneeze_worse',
        1.3,
        0.9,
        'Coughing or sneezing makes it worse',
        'Coughing or sneezing does not make it worse',
        'expert_disc',
      ),
      single({
        when: ageBelow(45),
        text: 'Under 45: disc pain is more common when younger',
        ratioIfTrue: 1.3,
        source: 'expert_disc',
      }),
      single({
        when: ageFrom(65),
        text: 'Over 65: joint wear is a likelier source than the disc',
        ratioIfTrue: 0.7,
        source: 'expert_disc',
      }),
      single({
        when: { feature: 'duration_weeks', atLeast: 12 },
        text: 'It has lasted 12 weeks or more',
        ratioIfTrue: 1.3,
        source: 'expert_disc',
      }),
    ],
    sources: ['expert_disc', 'depalma_2011', 'hicks_2009', 'manchikanti_2009'],
  },
  {
    id: 'facet_joint',
    serious: false,
    prior: { probability: 0.15, source: 'cohen_raja_2007' },
    telltale: ['extension_pain', 'twisting_pain'],
    evidence: [
      {
        kind: 'strongest_of',
        domain: 'Pain on arching back or twisting (one test, counted once)',
        items: [
          single({
            when: is('extension_pain'),
            text: 'Arching back makes it worse',
            textIfFalse: 'Arching back does not make it worse',
            ratioIfTrue: 1.28,
            ratioIfFalse: 0.5,
            source: 'laslett_2006',
            sourceIfFalse: 'expert_facet_extension',
            reported:
              'Extension-rotation: sensitivity 100%, specificity 22% (LR+ 1.28, LR- near 0)',
          }),
          single({
            when: is('twisting_pain'),
            text: 'Twisting makes it worse',
            textIfFalse: 'Twisting does not make it worse',
            ratioIfTrue: 1.28,
            ratioIfFalse: 0.5,
            source: 'laslett_2006',
            sourceIfFalse: 'expert_facet_extension',
            reported:
              'Extension-rotation: sensitivity 100%, specificity 22% (LR+ 1.28, LR- near 0)',
          }),
        ],
      },
      single({
        when: ageFrom(65),
        text: 'Over 65: joint wear gets commoner with age',
        ratioIfTrue: 1.5,
        source: 'expert_facet',
      }),
      single({
        when: ageBelow(45),
        text: 'Under 45: joint wear is less common',
        ratioIfTrue: 0.7,
        source: 'expert_facet',
      }),
      single({
        when: is('leg_symptoms', 'none'),
        text: 'The pain stays in the back',
        textIfFalse: 'Symptoms spread into the legs',
        ratioIfTrue: 1.2,
        ratioIfFalse: 0.85,
        source: 'expert_facet',
      }),
      expertYesNo(
        'standing_provokes',
        1.3,
        0.9,
        'Standing for a while brings it on',
        'Standing still does not bring it on',
        'expert_facet',
      ),
      single({
        when: is('cough_sneeze_worse', false),
        text: 'Coughing or sneezing does not make it worse',
        textIfFalse: 'Coughing or sneezing makes it worse',
        ratioIfTrue: 1.3,
        ratioIfFalse: 0.8,
        source: 'expert_facet',
      }),
    ],
    sources: ['cohen_raja_2007', 'laslett_2004', 'laslett_2006'],
  },
  {
    id: 'sacroiliac_joint',
    serious: false,
    prior: { probability: 0.1, source: 'expert_prior_structural' },
    telltale: ['one_sided_below_belt'],
    evidence: [
      {
        kind: 'strongest_of',
        domain: 'Where the pain sits (counted once)',
        items: [
          single({
            when: is('one_sided_below_belt'),
            text: 'Pain on one side just below the belt, over the buttock dimple',
            textIfFalse: 'The pain is not over the buttock dimple',
            ratioIfTrue: 1.52,
            ratioIfFalse: 0.4,
            source: 'murakami_2008',
            reported:
              'Pointing to the dimple: LR+ 2.3, LR- 0.16 (n=38); shrunk halfway on the log scale',
          }),
          single({
            when: is('pain_side', 'one_side'),
            text: 'The pain is on one side',
            ratioIfTrue: 1.2,
            ratioIfFalse: 0.85,
            textIfFalse: 'The pain is not on one side',
            source: 'expert_sij',
          }),
        ],
      },
      {
        kind: 'cluster',
        id: 'sij_loading',
        name: 'joint-loading triggers (stairs, one leg, long strides)',
        items: [
          { when: is('stairs_worse'), text: 'stairs make it worse' },
          { when: is('single_leg_pain'), text: 'standing on one leg makes it worse' },
          { when: is('long_stride_pain'), text: 'long strides make it worse' },
        ],
        bands: [
          { minCount: 3, maxCount: 3, ratio: 1.8, source: 'expert_sij' },
          { minCount: 2, maxCount: 2, ratio: 1.4, source: 'expert_sij' },
          { minCount: 1, maxCount: 1, ratio: 1, source: 'expert_sij' },
          { minCount: 0, maxCount: 0, ratio: 0.7, source: 'expert_sij' },
        ],
      },
      single({
        when: is('groin_pain'),
        text: 'Pain in the groin too',
        ratioIfTrue: 1.3,
        source: 'expert_sij',
      }),
    ],
    sources: ['murakami_2008', 'young_2003', 'schwarzer_1995', 'expert_sij'],
  },
  {
    id: 'inflammatory_back_pain',
    serious: false,
    prior: {
      probability: 0.05,
      source: 'rudwaleit_2004',
      subgroups: [
        {
          when: { all: [{ feature: 'duration_weeks', atLeast: 12 }, is('onset_before_45'), ageBelow(46)] },
          probability: 0.16,
          source: 'van_hoeven_2015',
          description:
            'Back pain for 3 months or more that began before 45, at 45 or younger (the ASAS entry criteria)',
        },
      ],
    },
    telltale: ['better_with_exercise', 'night_waking_second_half'],
    evidence: [
      {
        kind: 'cluster',
        id: 'asas_ibp',
        name: 'pattern of inflammatory back pain (ASAS expert criteria)',
        items: [
          { when: ageBelow(40), text: 'began before 40' },
          { when: is('onset_sudden', false), text: 'came on slowly' },
          { when: is('better_with_exercise'), text: 'better with exercise' },
          { when: is('not_better_with_rest'), text: 'not better with rest' },
          {
            when: is('night_waking_second_half'),
            text: 'pain at night, late in the night',
          },
        ],
        bands: [
          {
            minCount: 4,
            maxCount: 5,
            ratio: 1.7,
            source: 'sieper_2009',
            reported:
              'LR+ 2.9 for 4 or more of 5 (validation cohort, n=648: sensitivity 79.6%, specificity 72.4%; no CI); shrunk halfway on the log scale',
          },
          {
            minCount: 0,
            maxCount: 3,
            ratio: 0.53,
            source: 'sieper_2009',
            reported:
              'LR- 0.28 (computed from the validation cohort figures); shrunk halfway on the log scale',
          },
        ],
      },
      single({
        when: is('nsaid_relief'),
        text: 'Painkillers (such as ibuprofen) help a lot in a day or two',
        textIfFalse: 'Painkillers (such as ibuprofen) do not help much',
        ratioIfTrue: 1.34,
        ratioIfFalse: 0.32,
        source: 'braun_2011',
        reported:
          'Improvement with NSAIDs within 48 h: LR+ 1.8, LR- 0.1 (sensitivity 93.8%, specificity 48.0%; no CI); shrunk halfway on the log scale',
      }),
      single({
        when: is('alternating_buttock_pain'),
        text: 'Buttock pain that switches sides',
        textIfFalse: 'No buttock pain that switches sides',
        ratioIfTrue: 1.48,
        ratioIfFalse: 0.95,
        source: 'braun_2011',
        reported:
          'Alternating buttock pain: LR+ 2.2, LR- 0.9 (sensitivity 24.8%, specificity 88.5%; no CI); shrunk halfway on the log scale',
      }),
      single({
        when: is('spa_family_or_history'),
        text: 'A skin, gut or eye problem linked to it (psoriasis, colitis, uveitis), or a relative with it',
        textIfFalse: 'No linked conditions in you or your family',
        ratioIfTrue: 2.5,
        ratioIfFalse: 0.88,
        source: 'rudwaleit_2004',
        reported:
          'Family history LR 6.4 (sensitivity 25%, specificity 96%), LR- 0.78; shrunk halfway on the log scale',
      }),
      single({
        when: is('onset_before_45', false),
        text: 'The back pain began after 45',
        ratioIfTrue: 0.3,
        source: 'expert_ibp',
      }),
      single({
        when: { feature: 'duration_weeks', below: 12 },
        text: 'It has lasted less than 3 months',
        ratioIfTrue: 0.5,
        source: 'expert_ibp',
      }),
    ],
    sources: ['sieper_2009', 'van_hoeven_2015', 'braun_2011', 'rudwaleit_2004', 'boel_2022', 'nice_ng65'],
  },
  {
    id: 'vascular_claudication',
    serious: false,
    prior: { probability: 0.04, source: 'expert_prior_other' },
    telltale: ['relief_standing_still', 'calf_cramp_walking', 'buttock_thigh_cramp_walking'],
    evidence: [
      {
        kind: 'strongest_of',
        domain: 'The leg-artery pattern (one questionnaire, counted once)',
        items: [
          single({
            when: {
              all: [
                is('calf_cramp_walking'),
                is('relief_standing_still'),
                is('uphill_worse'),
                is('standing_provokes', false),
              ],
            },
            text: 'Calf pain on walking, worse uphill, never at rest, gone when you stand still (Edinburgh questionnaire)',
            ratioIfTrue: 6.5,
            source: 'rabia_2007',
            reported:
              'Positive Edinburgh questionnaire LR+ 42 (sensitivity 25%, specificity 99.4%, primary care); shrunk halfway on the log scale',
          }),
          single({
            when: { all: [is('calf_cramp_walking'), is('relief_standing_still')] },
            text: 'Calf pain on walking that goes when you just stand still',
            ratioIfTrue: 4.5,
            source: 'nadeau_2013',
            reported:
              'Calf symptoms relieved by standing still: PLR 20 (n=53, no CI); shrunk halfway on the log scale',
          }),
          single({
            when: is('buttock_thigh_cramp_walking'),
            text: 'A cramping buttock, hip or thigh ache on walking that goes when you stand still',
            ratioIfTrue: 2,
            source: 'expert_vascular',
          }),
          single({
            when: is('relief_standing_still'),
            text: 'Just stopping and standing still eases it',
            ratioIfTrue: 1.5,
            source: 'expert_vascular',
          }),
          single({
            when: is('calf_cramp_walking', false),
            text: 'No cramping calf pain on walking',
            ratioIfTrue: 0.75,
            source: 'rabia_2007',
            reported: 'Negative Edinburgh questionnaire LR- 0.75',
          }),
        ],
      },
      single({
        when: is('leg_symptoms', 'none'),
        text: 'No leg symptoms. Narrow leg arteries cause leg pain',
        ratioIfTrue: 0.2,
        source: 'expert_vascular_no_leg',
      }),
      expertYesNo(
        'smoker',
        1.8,
        0.7,
        'You smoke or smoked for many years',
        'You do not smoke',
        'expert_vascular',
      ),
      expertYesNo(
        'diabetes',
        1.5,
        0.9,
        'You have diabetes',
        'You do not have diabetes',
        'expert_vascular',
      ),
      expertYesNo(
        'vascular_disease',
        2,
        0.85,
        'Known heart, stroke or artery disease',
        'No known heart or blood vessel disease',
        'expert_vascular',
      ),
      single({
        when: ageFrom(60),
        text: 'Age 60 or over',
        ratioIfTrue: 1.5,
        source: 'expert_vascular',
      }),
      single({
        when: ageBelow(50),
        text: 'Age under 50',
        ratioIfTrue: 0.5,
        source: 'expert_vascular',
      }),
      single({
        when: is('relief_leaning_forward'),
        text: 'Leaning forward eases it, which points more to the nerves',
        ratioIfTrue: 0.6,
        source: 'expert_vascular',
      }),
      single({
        when: is('cycling_ok'),
        text: 'Cycling is fine',
        textIfFalse: 'Cycling brings it on too',
        ratioIfTrue: 0.7,
        ratioIfFalse: 1.3,
        source: 'expert_vascular',
      }),
    ],
    sources: ['leng_1992', 'rabia_2007', 'nadeau_2013', 'fowkes_1991', 'aha_acc_pad'],
  },
  {
    id: 'hip_osteoarthritis',
    serious: false,
    prior: { probability: 0.05, source: 'expert_prior_other' },
    telltale: ['groin_pain', 'hip_stiffness'],
    evidence: [
      expertYesNo(
        'groin_pain',
        2,
        0.6,
        'Pain in the groin or front of the hip',
        'No groin pain',
        'expert_hip',
      ),
      expertYesNo(
        'hip_stiffness',
        1.8,
        0.75,
        'A stiff hip: socks and shoes are hard to put on',
        'The hip moves freely',
        'expert_hip',
      ),
      expertYesNo(
        'limp_or_uneven',
        1.5,
        0.85,
        'You limp or favour one leg',
        'No limp',
        'expert_hip',
      ),
      single({ when: ageFrom(50), text: 'Age 50 or over', ratioIfTrue: 1.5, source: 'expert_hip' }),
      single({
        when: ageBelow(40),
        text: 'Under 40: hip wear is rare',
        ratioIfTrue: 0.3,
        source: 'expert_hip',
      }),
      single({
        when: is('pain_side', 'one_side'),
        text: 'The pain is on one side',
        ratioIfTrue: 1.2,
        source: 'expert_hip',
      }),
    ],
    sources: ['expert_hip', 'altman_1991', 'sutlive_2008', 'prather_2017'],
  },
  {
    id: 'sciatica',
    serious: false,
    prior: { probability: 0.1, source: 'expert_prior_other' },
    telltale: ['pain_below_knee', 'leg_symptoms'],
    evidence: [
      expertYesNo(
        'pain_below_knee',
        2,
        0.5,
        'Leg symptoms reach below the knee',
        'Leg symptoms stay above the knee',
        'expert_sciatica',
      ),
      {
        kind: 'strongest_of',
        domain: 'Where the leg symptoms are (counted once)',
        items: [
          single({
            when: is('leg_symptoms', 'one_leg'),
            text: 'Symptoms in one leg',
            ratioIfTrue: 1.8,
            source: 'expert_sciatica',
          }),
          single({
            when: is('leg_symptoms', 'both_legs'),
            text: 'Symptoms in both legs',
            ratioIfTrue: 0.8,
            source: 'expert_sciatica',
          }),
          single({
            when: is('leg_symptoms', 'none'),
            text: 'No leg symptoms: nerve root pain is leg pain',
            ratioIfTrue: 0.2,
            source: 'expert_sciatica',
          }),
        ],
      },
      expertYesNo(
        'cough_sneeze_worse',
        1.5,
        0.85,
        'Coughing or sneezing makes it worse',
        'Coughing or sneezing does not make it worse',
        'expert_sciatica',
      ),
      expertYesNo(
        'numbness_tingling',
        1.5,
        0.8,
        'Numbness or tingling in the leg or foot',
        'No numbness or tingling',
        'expert_sciatica',
      ),
      expertYesNo(
        'sitting_worse',
        1.3,
        0.9,
        'Sitting for a long time makes it worse',
        'Long sitting does not make it worse',
        'expert_sciatica',
      ),
      single({
        when: is('leg_weakness'),
        text: 'Weakness in the leg or foot',
        ratioIfTrue: 1.3,
        source: 'expert_sciatica',
      }),
    ],
    sources: ['expert_sciatica', 'nice_ng59'],
  },
  {
    id: 'cauda_equina',
    serious: true,
    prior: { probability: 0.0004, source: 'deyo_1992' },
    evidence: [],
    sources: ['dionne_2019', 'deyo_1992', 'finucane_2020', 'nhs_back_pain_pathway'],
  },
  {
    id: 'spinal_infection',
    serious: true,
    prior: { probability: 0.001, source: 'expert_prior_other' },
    evidence: [],
    sources: ['yusuf_2019', 'finucane_2020'],
  },
  {
    id: 'spinal_malignancy',
    serious: true,
    prior: { probability: 0.0066, source: 'deyo_diehl_1988' },
    evidence: [
      single({
        when: is('cancer_history'),
        text: 'You have had cancer',
        textIfFalse: 'Has not had cancer',
        ratioIfTrue: 15,
        ratioIfFalse: 0.7,
        source: 'deyo_diehl_1988',
        reported:
          'History of cancer: sensitivity 0.31, specificity 0.98 (LR+ about 15, LR- about 0.70); primary care, so not shrunk',
      }),
    ],
    sources: ['deyo_diehl_1988', 'downie_2013', 'nice_ng234', 'finucane_2020'],
  },
  {
    id: 'vertebral_fracture',
    serious: true,
    prior: {
      probability: 0.007,
      source: 'henschke_2009',
      byAge: [{ atLeast: 56, below: 111, probability: 0.049, source: 'enthoven_2016' }],
    },
    evidence: [],
    sources: ['henschke_2009', 'enthoven_2016', 'downie_2013', 'finucane_2020'],
  },
  {
    id: 'aortic_aneurysm',
    serious: true,
    prior: { probability: 0.001, source: 'expert_prior_other' },
    evidence: [],
    sources: ['aaa_best_practice', 'nice_ng156'],
  },
];

export const CAUSES: readonly Cause[] = EVIDENCE.map((cause) => {
  const text = CAUSE_TEXTS[cause.id];
  if (text === undefined) {
    throw new Error(`No plain-language text for cause ${cause.id}`);
  }
  return { ...cause, ...text };
});
