/**
 * Warning-sign and guideline rules: which answers, alone or together, give which urgency, the
 * causes they point to, the plain reason and the source. These are triage rules, independent of
 * the ranking (evidence encoding rule 5): no rule depends on a cause's estimated probability.
 * Tiers from the evidence compendium: T0 emergency, T1 urgent, T2 urgent when the pain is getting
 * worse, constant at night or comes with leg weakness (otherwise soon), T3 soon. Where a guideline
 * gives a time that falls between two levels, the more urgent level is used.
 */
import type { Condition, WarningRule } from './schema.js';
import { ageBelow, ageFrom, all, any, atLeastOf, below, from, is, not, unsure } from './when.js';

/** The T2 qualifier: progressive, constant at night, or with leg weakness. */
const progressing: Condition = any(is('worsening'), is('night_pain_constant'), is('leg_weakness'));

const legSymptoms: Condition = not(is('leg_symptoms', 'none'));
const chronic: Condition = from('duration_weeks', 12);

/**
 * Pain that NICE lists as suggestive of spinal metastases in someone who has had cancer: in the
 * upper or middle back, getting worse, severe and unremitting, worse with coughing or straining,
 * or at night.
 */
const metastasisPain: Condition = any(
  is('upper_back_pain'),
  is('worsening'),
  is('night_pain_constant'),
  is('cough_sneeze_worse'),
  all(from('pain_nrs', 7), is('not_better_with_rest')),
);

/** Nerve symptoms that make suspected spinal metastases an emergency (NICE NG234). */
const nerveSymptoms: Condition = any(
  is('leg_weakness'),
  is('numbness_tingling'),
  is('pain_below_knee'),
);

/**
 * The groups NICE NG156 asks clinicians to think of an aneurysm in: men from 65 and women from
 * 70 who smoke or smoked or have artery disease. "Other" sex uses the lower age.
 */
const aneurysmRisk: Condition = all(
  any(is('smoker'), is('vascular_disease')),
  any(all(not(is('sex', 'female')), ageFrom(65)), all(is('sex', 'female'), ageFrom(70))),
);

/**
 * Increased risk of narrowed leg arteries (2016 AHA/ACC PAD guideline): 65 or older; 50 to 64
 * who smoke or have diabetes; younger with both; or known artery disease elsewhere.
 */
const arteryRisk: Condition = any(
  ageFrom(65),
  all(ageFrom(50), any(is('smoker'), is('diabetes'))),
  all(is('smoker'), is('diabetes')),
  is('vascular_disease'),
);

/** NICE NG65's self-reportable criteria for a spondyloarthritis referral. */
/** The Berlin criteria for inflammatory back pain (Rudwaleit 2006): positive with 2 of 4. */
const berlinCriteria: readonly Condition[] = [
  is('morning_stiffness_30'),
  all(is('better_with_exercise'), is('not_better_with_rest')),
  is('night_waking_second_half'),
  is('alternating_buttock_pain'),
];

const spondyloarthritisCriteria: readonly Condition[] = [
  ageBelow(35),
  is('night_waking_second_half'),
  is('alternating_buttock_pain'),
  is('better_with_exercise'),
  is('nsaid_relief'),
  is('spa_family_or_history'),
];

/**
 * The evidence gives new sexual dysfunction T1 alone and T0 with a bladder, bowel or saddle sign,
 * each of which is an emergency on its own already.
 */
const sexualChange: Condition = any(is('sexual_function_change'), is('sexual_function_recheck'));

const CAUDA_EQUINA_SOURCES = ['nice_ng59', 'dionne_2019', 'finucane_2020', 'nhs_back_pain_pathway'];

/**
 * An emergency cauda equina sign answered "not sure" twice. "Not sure" to a sign that would
 * mean an emergency is not silence: a doctor should look the same day.
 */
function unsureTwice(id: string, sign: string, recheck: string, what: string): WarningRule {
  return {
    id,
    level: 'urgent',
    feature: sign,
    when: all(unsure(sign), unsure(recheck)),
    suspects: ['cauda_equina'],
    reason: `You were not sure about ${what}. That can be a sign that the nerves at the base of the spine are pressed. A doctor should check you today. If it becomes clear that you have it, go to an emergency department at once.`,
    sources: CAUDA_EQUINA_SOURCES,
  };
}

export const WARNING_RULES: readonly WarningRule[] = [
  // T0: emergency
  {
    id: 'cauda_equina_bladder_bowel',
    level: 'emergency',
    feature: 'bladder_bowel_change',
    when: any(is('bladder_bowel_change'), is('bladder_bowel_recheck')),
    suspects: ['cauda_equina'],
    reason:
      'New trouble with your bladder or bowels can mean the nerves at the base of the spine are squeezed (cauda equina syndrome). This needs a hospital check now.',
    sources: CAUDA_EQUINA_SOURCES,
  },
  {
    id: 'cauda_equina_saddle',
    level: 'emergency',
    feature: 'saddle_numbness',
    when: any(is('saddle_numbness'), is('saddle_numbness_recheck')),
    suspects: ['cauda_equina'],
    reason:
      'Numbness around the genitals or bottom can mean the nerves at the base of the spine are squeezed (cauda equina syndrome). This needs a hospital check now.',
    sources: CAUDA_EQUINA_SOURCES,
  },
  {
    id: 'progressive_weakness',
    level: 'emergency',
    feature: 'weakness_progressing',
    when: is('weakness_progressing'),
    suspects: ['cauda_equina'],
    reason:
      'Leg weakness that is getting worse can mean a nerve is being damaged. It needs to be checked now, before it gets worse.',
    sources: ['nhs_back_pain_pathway', 'finucane_2020'],
  },
  {
    id: 'aortic_aneurysm',
    level: 'emergency',
    feature: 'pulsating_abdomen',
    when: is('pulsating_abdomen'),
    suspects: ['aortic_aneurysm'],
    reason:
      'A pulsing feeling in the belly, or sudden tearing pain in the back or belly, can come from the main blood vessel (aortic aneurysm). This needs help now.',
    sources: ['aaa_best_practice', 'nice_ng156'],
  },
  {
    id: 'aneurysm_fainting',
    level: 'emergency',
    feature: 'fainting_with_pain',
    when: is('fainting_with_pain'),
    suspects: ['aortic_aneurysm'],
    reason:
      'To faint or pass out with back or belly pain can mean bleeding inside, such as from the main blood vessel in the belly (aortic aneurysm). Call the emergency number now.',
    sources: ['nice_ng156', 'aaa_best_practice'],
  },
  {
    id: 'aneurysm_known_with_severe_pain',
    level: 'emergency',
    feature: 'known_aneurysm',
    when: all(
      is('known_aneurysm'),
      any(is('onset_sudden'), from('pain_nrs', 7), is('night_pain_constant'), is('worsening')),
    ),
    suspects: ['aortic_aneurysm'],
    reason:
      'You have a swollen main blood vessel in the belly. Your pain is sudden, very bad, always there, or getting worse. That can mean the swelling is growing or leaking (aortic aneurysm). Call the emergency number now.',
    sources: ['nice_ng156', 'aaa_best_practice'],
  },
  {
    id: 'aneurysm_sudden_severe',
    level: 'emergency',
    feature: 'onset_sudden',
    when: all(is('onset_sudden'), from('pain_nrs', 7), below('duration_weeks', 1), aneurysmRisk),
    suspects: ['aortic_aneurysm'],
    reason:
      'Sudden, very bad back pain that began in the last few days can come from the main blood vessel in the belly (aortic aneurysm). This is more likely at your age, and with smoking or heart disease. It can happen even with no throb in the belly. It must be checked now.',
    sources: ['nice_ng156', 'aaa_best_practice'],
  },
  {
    id: 'leg_ischaemia_sudden',
    level: 'emergency',
    feature: 'leg_cold_pale_at_rest',
    when: all(
      is('leg_cold_pale_at_rest'),
      any(is('leg_cold_sudden'), all(is('onset_sudden'), below('duration_weeks', 1))),
    ),
    suspects: ['vascular_claudication'],
    reason:
      'A leg or foot that has suddenly gone cold, pale or painful may have a blocked blood vessel (artery). Call the emergency number now. The leg needs blood flow back fast.',
    sources: ['aha_acc_pad'],
  },
  {
    id: 'infection_with_weakness',
    level: 'emergency',
    feature: 'fever',
    when: all(is('fever'), is('leg_weakness')),
    suspects: ['spinal_infection'],
    reason:
      'Fever with leg weakness can mean an infection near the spinal nerves. This needs a hospital check now.',
    sources: ['yusuf_2019', 'finucane_2020'],
  },
  {
    id: 'cancer_with_nerve_symptoms',
    level: 'emergency',
    feature: 'cancer_history',
    when: all(is('cancer_history'), metastasisPain, nerveSymptoms),
    suspects: ['spinal_malignancy'],
    reason:
      'You have had cancer, your back pain is of a kind that needs checking, and you have nerve symptoms in the legs. Doctors treat this as an emergency, to protect the nerves.',
    sources: ['nice_ng234', 'deyo_diehl_1988'],
  },

  // T1: urgent, today or within 24 hours
  unsureTwice(
    'cauda_equina_bladder_unsure',
    'bladder_bowel_change',
    'bladder_bowel_recheck',
    'new bladder or bowel trouble',
  ),
  unsureTwice(
    'cauda_equina_saddle_unsure',
    'saddle_numbness',
    'saddle_numbness_recheck',
    'numbness around your private parts or bottom',
  ),
  {
    id: 'cauda_equina_sexual',
    level: 'urgent',
    feature: 'sexual_function_change',
    when: sexualChange,
    suspects: ['cauda_equina'],
    reason:
      'A new change in how your private parts feel can mean the nerves at the base of the spine are pressed. So can new trouble getting hard or coming. A doctor should check you today. Go to an emergency department at once if your bladder, bowels or the skin between your legs change too.',
    sources: CAUDA_EQUINA_SOURCES,
  },
  {
    id: 'infection_fever',
    level: 'urgent',
    feature: 'fever',
    when: is('fever'),
    suspects: ['spinal_infection'],
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
    id: 'worsening_with_nerve_symptoms',
    level: 'urgent',
    feature: 'worsening',
    when: all(is('worsening'), is('numbness_tingling')),
    reason:
      'Pain that keeps getting worse, with numbness or tingling in the legs, can mean a nerve is pressed more and more. A doctor should check you today.',
    sources: ['nhs_back_pain_pathway', 'finucane_2020'],
  },
  {
    id: 'significant_trauma',
    level: 'urgent',
    feature: 'significant_trauma',
    when: is('significant_trauma'),
    suspects: ['vertebral_fracture'],
    reason:
      'Back pain that began after a fall or a crash needs a check for a broken bone (fracture) today.',
    sources: ['downie_2013', 'henschke_2009', 'finucane_2020'],
  },
  {
    id: 'new_both_legs',
    level: 'urgent',
    feature: 'leg_symptoms',
    when: all(is('leg_symptoms', 'both_legs'), below('duration_weeks', 4)),
    suspects: ['cauda_equina'],
    reason:
      'New pain, numbness or tingling in both legs can be an early sign that the nerves at the base of the spine are squeezed. A doctor should see you today.',
    sources: ['nhs_back_pain_pathway', 'dionne_2019'],
  },
  {
    id: 'cancer_history',
    level: 'urgent',
    feature: 'cancer_history',
    when: is('cancer_history'),
    suspects: ['spinal_malignancy'],
    reason:
      'You have had cancer. New back pain should be checked by a doctor within 24 hours, to make sure the cancer has not spread to the spine. Tell them about your cancer.',
    sources: ['nice_ng234', 'deyo_diehl_1988', 'downie_2013'],
  },
  {
    id: 'weight_loss_progressing',
    level: 'urgent',
    feature: 'weight_loss',
    when: all(is('weight_loss'), progressing),
    suspects: ['spinal_malignancy'],
    reason:
      'You have lost weight for no clear reason, and your back pain is getting worse or is there at night. See a doctor within 24 hours.',
    sources: ['deyo_diehl_1988', 'finucane_2020'],
  },
  {
    // The question joins injecting drugs and a weak immune system (T1 with fever or new severe
    // pain, else T2) with a recent serious infection or spine procedure (T1): it takes the more
    // urgent tier, as the answer cannot tell them apart.
    id: 'infection_risk',
    level: 'urgent',
    feature: 'infection_risk',
    when: is('infection_risk'),
    suspects: ['spinal_infection'],
    reason:
      'You are more at risk of an infection in the spine. This can be after a recent infection or a back operation. A doctor should check new back pain within 24 hours.',
    sources: ['yusuf_2019', 'finucane_2020', 'ajem_2019_spinal_infection'],
  },
  {
    id: 'fragile_bones_progressing',
    level: 'urgent',
    feature: 'osteoporosis_or_steroids',
    when: all(is('osteoporosis_or_steroids'), progressing),
    suspects: ['vertebral_fracture'],
    reason:
      'With thin bones or long use of steroid tablets, back pain that is getting worse can mean a broken bone in the spine. A doctor should see you within 24 hours.',
    sources: ['downie_2013', 'henschke_2009'],
  },
  {
    id: 'aneurysm_known',
    level: 'urgent',
    feature: 'known_aneurysm',
    when: is('known_aneurysm'),
    suspects: ['aortic_aneurysm'],
    reason:
      'You have a swollen main artery in the belly (aortic aneurysm). New back pain should be checked by a doctor today, to make sure the aneurysm is not the cause.',
    sources: ['nice_ng156', 'aaa_best_practice'],
  },
  {
    id: 'aneurysm_risk_new_worsening',
    level: 'urgent',
    feature: 'worsening',
    when: all(
      aneurysmRisk,
      below('duration_weeks', 4),
      any(is('worsening'), is('night_pain_constant')),
    ),
    suspects: ['aortic_aneurysm'],
    reason:
      'A doctor should check new back pain today if it gets worse or never lets up. At your age, and with smoking or heart disease, one rare cause is a swollen main blood vessel in the belly.',
    sources: ['nice_ng156', 'aaa_best_practice'],
  },
  {
    id: 'leg_ischaemia_rest',
    level: 'urgent',
    feature: 'leg_cold_pale_at_rest',
    when: is('leg_cold_pale_at_rest'),
    suspects: ['vascular_claudication'],
    reason:
      'A leg or foot that is cold, pale or painful even at rest, or a foot sore that will not heal, can mean the leg is short of blood. A doctor should see you today.',
    sources: ['aha_acc_pad'],
  },

  // T2 without progression, and T3: soon, within one to two weeks
  {
    id: 'weight_loss',
    level: 'soon',
    feature: 'weight_loss',
    when: is('weight_loss'),
    suspects: ['spinal_malignancy'],
    reason: 'Weight loss you cannot explain should be checked by a doctor.',
    sources: ['deyo_diehl_1988', 'downie_2013'],
  },
  {
    id: 'older_not_improving',
    level: 'soon',
    feature: 'not_improving_month',
    // Deyo and Diehl's "new pain not improving after a month": new = not yet chronic (12 weeks).
    when: all(ageFrom(50), is('not_improving_month'), below('duration_weeks', 12)),
    suspects: ['spinal_malignancy'],
    reason:
      'From age 50, back pain that has not got better in a month should be checked by a doctor. Most often the cause is not serious, but a doctor can make sure.',
    sources: ['deyo_diehl_1988', 'downie_2013'],
  },
  {
    // Failure to improve is a reason for review at any duration (Deyo and Diehl); only new pain
    // is a reason to name cancer, so long-standing pain books a visit without that alarm.
    id: 'older_long_standing_not_improving',
    level: 'soon',
    feature: 'not_improving_month',
    when: all(ageFrom(50), is('not_improving_month'), from('duration_weeks', 12)),
    reason:
      'From age 50, back pain that is not getting any better should be checked by a doctor or physio. This is true even if you have had it a long time.',
    sources: ['deyo_diehl_1988', 'nice_ng59'],
  },
  {
    id: 'fragile_bones',
    level: 'soon',
    feature: 'osteoporosis_or_steroids',
    when: is('osteoporosis_or_steroids'),
    suspects: ['vertebral_fracture'],
    reason:
      'With thin bones or long use of steroid tablets, a doctor should check for a small break in the spine (an X-ray may help).',
    sources: ['downie_2013', 'henschke_2009', 'enthoven_2016'],
  },
  {
    id: 'older_new_pain',
    level: 'soon',
    feature: 'age',
    when: all(ageFrom(71), below('duration_weeks', 6)),
    suspects: ['vertebral_fracture'],
    reason:
      'New back pain after 70 should be checked by a doctor. At this age a small break in a spine bone can happen with little or no injury (an X-ray may help).',
    sources: ['henschke_2009', 'downie_2013'],
  },
  {
    id: 'older_sudden_severe',
    level: 'soon',
    feature: 'onset_sudden',
    when: all(ageFrom(71), is('onset_sudden'), from('pain_nrs', 7)),
    suspects: ['vertebral_fracture'],
    reason:
      'Sudden, severe back pain after 70 can come from a small break in a spine bone, even without a fall. A doctor should check it (an X-ray may help).',
    sources: ['downie_2013', 'henschke_2009', 'enthoven_2016'],
  },
  {
    id: 'spondyloarthritis_pattern',
    level: 'soon',
    feature: 'onset_before_45',
    when: all(
      chronic,
      is('onset_before_45'),
      any(atLeastOf(3, spondyloarthritisCriteria), atLeastOf(2, berlinCriteria)),
    ),
    reason:
      'Back pain for 3 months or more that began before 45, with signs of inflamed joints, should be checked by a doctor. They may test your blood or refer you to a joint specialist (rheumatologist). Early care helps.',
    sources: ['nice_ng65', 'rudwaleit_2009', 'rudwaleit_2006'],
  },
  {
    id: 'artery_claudication_pattern',
    level: 'soon',
    feature: 'relief_standing_still',
    when: any(
      all(is('calf_cramp_walking'), is('relief_standing_still')),
      is('buttock_thigh_cramp_walking'),
    ),
    reason:
      'A cramp in the calf, buttock or thigh that comes with walking and goes when you stand still fits narrowed leg arteries. A doctor can check the blood flow with a simple test (ankle-brachial index).',
    sources: ['aha_acc_pad', 'nadeau_2013', 'leng_1992'],
  },
  {
    id: 'leg_symptoms_artery_risk',
    level: 'soon',
    feature: 'leg_symptoms',
    when: all(legSymptoms, arteryRisk),
    reason:
      'At your age or with your health history, a doctor should check leg pain that comes with walking. A simple test of the blood flow in the legs (ankle-brachial index) can tell narrow blood vessels from a nerve cause.',
    sources: ['aha_acc_pad', 'fowkes_1991'],
  },
  {
    id: 'night_pain',
    level: 'soon',
    feature: 'night_pain_constant',
    when: is('night_pain_constant'),
    reason:
      'A doctor should check pain that is there all the time, at rest and at night. No way of lying or sitting eases it.',
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
    id: 'older_not_eased_by_rest',
    level: 'soon',
    feature: 'not_better_with_rest',
    when: all(ageFrom(50), is('not_better_with_rest')),
    reason: 'From age 50, back pain that rest does not ease should be checked by a doctor.',
    sources: ['deyo_diehl_1988'],
  },
  {
    id: 'persistent_limits_daily_life',
    level: 'soon',
    feature: 'daily_activities_limited',
    when: all(chronic, any(is('daily_activities_limited'), from('pain_nrs', 7))),
    reason:
      'The pain has lasted 3 months or more. It is very bad or gets in the way of daily life. A doctor or physio can plan exercise and other care that helps with pain that lasts.',
    sources: ['nice_ng59', 'hartvigsen_2018'],
  },

  // T4: self-care with a safety net. These never raise the level; they say when to book a visit.
  {
    id: 'severe_pain_safety_net',
    level: 'self_care',
    feature: 'pain_nrs',
    when: from('pain_nrs', 7),
    reason:
      'Your pain is severe. On its own that is not a warning sign, and most new back pain eases within weeks. Book a visit if it is not clearly easing within 2 weeks, or sooner if you cannot manage it.',
    sources: ['nice_ng59', 'hartvigsen_2018', 'expert_safety_net'],
  },
  {
    id: 'limits_daily_life_safety_net',
    level: 'self_care',
    feature: 'daily_activities_limited',
    when: is('daily_activities_limited'),
    reason:
      'The pain gets in the way of daily life. Keep as active as you can, and build up slowly. Book a visit with a doctor or physio if it still limits you in a month.',
    sources: ['nice_ng59', 'hartvigsen_2018', 'deyo_diehl_1988'],
  },
];
