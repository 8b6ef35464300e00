/**
 * Warning-sign rules: which answers, alone or together, give which urgency, with the plain reason
 * and the source. Tiers from the evidence compendium: T0 emergency, T1 urgent, T2 urgent when the
 * pain is getting worse, constant at night or comes with leg weakness (otherwise soon), T3 soon.
 */
import type { Condition, WarningRule } from './schema.js';
import { ageFrom, is } from './when.js';

/** The T2 qualifier: progressive, constant at night, or with leg weakness. */
const progressing: Condition = {
  any: [is('worsening'), is('night_pain_constant'), is('leg_weakness')],
};

export const WARNING_RULES: readonly WarningRule[] = [
  // T0: emergency
  {
    id: 'cauda_equina_bladder_bowel',
    level: 'emergency',
    feature: 'bladder_bowel_change',
    when: is('bladder_bowel_change'),
    reason:
      'New trouble with your bladder or bowels can mean the nerves at the base of the spine are squeezed (cauda equina syndrome). This needs a hospital check now.',
    sources: ['nice_ng59', 'dionne_2019', 'finucane_2020', 'nhs_back_pain_pathway'],
  },
  {
    id: 'cauda_equina_saddle',
    level: 'emergency',
    feature: 'saddle_numbness',
    when: is('saddle_numbness'),
    reason:
      'Numbness around the genitals or bottom can mean the nerves at the base of the spine are squeezed (cauda equina syndrome). This needs a hospital check now.',
    sources: ['nice_ng59', 'dionne_2019', 'finucane_2020', 'nhs_back_pain_pathway'],
  },
  {
    id: 'progressive_weakness',
    level: 'emergency',
    feature: 'weakness_progressing',
    when: is('weakness_progressing'),
    reason:
      'Leg weakness that is getting worse can mean a nerve is being damaged. It needs to be checked now, before it gets worse.',
    sources: ['nhs_back_pain_pathway', 'finucane_2020'],
  },
  {
    id: 'aortic_aneurysm',
    level: 'emergency',
    feature: 'pulsating_abdomen',
    when: is('pulsating_abdomen'),
    reason:
      'A pulsing feeling in the belly, or sudden tearing pain in the back or belly, can come from the main blood vessel (aortic aneurysm). This needs help now.',
    sources: ['aaa_best_practice'],
  },
  {
    id: 'infection_with_weakness',
    level: 'emergency',
    feature: 'fever',
    when: { all: [is('fever'), is('leg_weakness')] },
    reason:
      'Fever with leg weakness can mean an infection near the spinal nerves. This needs a hospital check now.',
    sources: ['yusuf_2019', 'finucane_2020'],
  },

  // T1: urgent, today or within 24 hours
  {
    id: 'infection_fever',
    level: 'urgent',
    feature: 'fever',
    when: is('fever'),
    reason:
      'Fever, chills or night sweats with back pain can be a sign of an infection in the spine. A doctor should see you today.',
    sources: ['yusuf_2019', 'finucane_2020'],
  },
  {
    id: 'leg_weakness',
    level: 'urgent',
    feature: 'leg_weakness',
    when: is('leg_weakness'),
    reason:
      'Weakness in a leg or foot, or a foot that slaps or trips, means a nerve may be pressed. A doctor should check it today.',
    sources: ['nhs_back_pain_pathway', 'nice_ng59'],
  },
  {
    id: 'significant_trauma',
    level: 'urgent',
    feature: 'significant_trauma',
    when: is('significant_trauma'),
    reason:
      'Back pain that began after a fall or accident needs a check for a broken bone (fracture) today.',
    sources: ['downie_2013', 'henschke_2009', 'finucane_2020'],
  },
  {
    id: 'new_both_legs',
    level: 'urgent',
    feature: 'leg_symptoms',
    when: { all: [is('leg_symptoms', 'both_legs'), { feature: 'duration_weeks', below: 4 }] },
    reason:
      'New pain, numbness or tingling in both legs can be an early sign that the nerves at the base of the spine are squeezed. A doctor should see you today.',
    sources: ['nhs_back_pain_pathway', 'dionne_2019'],
  },
  {
    id: 'cancer_progressing',
    level: 'urgent',
    feature: 'cancer_history',
    when: { all: [is('cancer_history'), progressing] },
    reason:
      'You have had cancer and your back pain is getting worse, is there at night, or comes with weakness. A doctor should check this within 24 hours.',
    sources: ['nice_ng234', 'deyo_diehl_1988', 'downie_2013'],
  },
  {
    id: 'weight_loss_progressing',
    level: 'urgent',
    feature: 'weight_loss',
    when: { all: [is('weight_loss'), progressing] },
    reason:
      'Weight loss you cannot explain, with back pain that is getting worse or is there at night, needs a doctor within 24 hours.',
    sources: ['deyo_diehl_1988', 'finucane_2020'],
  },
  {
    id: 'infection_risk_progressing',
    level: 'urgent',
    feature: 'infection_risk',
    when: { all: [is('infection_risk'), progressing] },
    reason:
      'If you are more at risk of infection and the pain gets worse or is there at night, see a doctor within 24 hours.',
    sources: ['yusuf_2019', 'finucane_2020'],
  },
  {
    id: 'fragile_bones_progressing',
    level: 'urgent',
    feature: 'osteoporosis_or_steroids',
    when: { all: [is('osteoporosis_or_steroids'), progressing] },
    reason:
      'With thin bones or long use of steroid tablets, back pain that is getting worse can mean a broken bone in the spine. A doctor should see you within 24 hours.',
    sources: ['downie_2013', 'henschke_2009'],
  },

  // T2 without progression, and T3: soon, within one to two weeks
  {
    id: 'cancer_history',
    level: 'soon',
    feature: 'cancer_history',
    when: is('cancer_history'),
    reason:
      'You have had cancer. New back pain should be checked by your doctor soon, and at once if it gets worse.',
    sources: ['nice_ng234', 'deyo_diehl_1988', 'downie_2013'],
  },
  {
    id: 'weight_loss',
    level: 'soon',
    feature: 'weight_loss',
    when: is('weight_loss'),
    reason: 'Weight loss you cannot explain should be checked by a doctor.',
    sources: ['deyo_diehl_1988', 'downie_2013'],
  },
  {
    id: 'infection_risk',
    level: 'soon',
    feature: 'infection_risk',
    when: is('infection_risk'),
    reason:
      'Your risk of a spine infection is higher than most. A doctor should check your back pain.',
    sources: ['yusuf_2019'],
  },
  {
    id: 'fragile_bones',
    level: 'soon',
    feature: 'osteoporosis_or_steroids',
    when: is('osteoporosis_or_steroids'),
    reason:
      'With thin bones or long use of steroid tablets, a doctor should check for a small break in the spine (an X-ray may help).',
    sources: ['downie_2013', 'henschke_2009', 'enthoven_2016'],
  },
  {
    id: 'older_sudden_severe',
    level: 'soon',
    feature: 'onset_sudden',
    when: {
      all: [ageFrom(71), is('onset_sudden'), { feature: 'pain_nrs', atLeast: 7 }],
    },
    reason:
      'Sudden, severe back pain after 70 can come from a small break in a spine bone, even without a fall. A doctor should check it (an X-ray may help).',
    sources: ['downie_2013', 'henschke_2009', 'enthoven_2016'],
  },
  {
    id: 'night_pain',
    level: 'soon',
    feature: 'night_pain_constant',
    when: is('night_pain_constant'),
    reason:
      'Constant pain at rest or at night that no position eases should be checked by a doctor.',
    sources: ['deyo_diehl_1988', 'finucane_2020'],
  },
  {
    id: 'worsening',
    level: 'soon',
    feature: 'worsening',
    when: is('worsening'),
    reason: 'Pain that keeps getting worse should be checked by a doctor or physio.',
    sources: ['deyo_diehl_1988', 'nice_ng59'],
  },
  {
    id: 'numbness_tingling',
    level: 'soon',
    feature: 'numbness_tingling',
    when: is('numbness_tingling'),
    reason:
      'Numbness or tingling in the legs means a nerve is involved. A doctor or physio should check how the nerves work.',
    sources: ['suri_2010', 'nhs_back_pain_pathway'],
  },
  {
    id: 'not_eased_by_rest',
    level: 'soon',
    feature: 'not_better_with_rest',
    when: is('not_better_with_rest'),
    reason: 'Back pain that rest does not ease should be checked by a doctor.',
    sources: ['deyo_diehl_1988'],
  },
  {
    id: 'limits_daily_life',
    level: 'soon',
    feature: 'daily_activities_limited',
    when: is('daily_activities_limited'),
    reason:
      'The pain gets in the way of daily life. A doctor or physio can help you get moving with less pain.',
    sources: ['hartvigsen_2018', 'nice_ng59'],
  },
  {
    id: 'severe_pain',
    level: 'soon',
    feature: 'pain_nrs',
    when: { feature: 'pain_nrs', atLeast: 7 },
    reason: 'Your pain is severe (7 or more out of 10). A doctor or physio can help you manage it.',
    sources: ['hartvigsen_2018', 'nice_ng59'],
  },
];
