/** The ids that CONTRACT.md (stride/1) promises, so tests fail if the knowledge base drops one. */
export const CONTRACT_FEATURES = {
  context: [
    'age',
    'sex',
    'duration_weeks',
    'pain_nrs',
    'onset_sudden',
    'activity_increase',
    'sedentary',
    'smoker',
    'diabetes',
    'vascular_disease',
  ],
  pattern: [
    'pain_side',
    'leg_symptoms',
    'pain_below_knee',
    'calf_cramp_walking',
    'walk_minutes_until_pain',
    'relief_sitting',
    'relief_leaning_forward',
    'relief_standing_still',
    'no_pain_seated',
    'standing_provokes',
    'downhill_worse',
    'uphill_worse',
    'cycling_ok',
    'extension_pain',
    'twisting_pain',
    'one_sided_below_belt',
    'stairs_worse',
    'single_leg_pain',
    'long_stride_pain',
    'groin_pain',
    'hip_stiffness',
    'morning_stiffness_30',
    'better_with_exercise',
    'not_better_with_rest',
    'night_waking_second_half',
    'alternating_buttock_pain',
    'onset_before_45',
    'spa_family_or_history',
    'sitting_worse',
    'bending_worse',
    'cough_sneeze_worse',
    'muscle_tender',
    'stooped_gait',
    'limp_or_uneven',
    'shoes_worn',
    'shoes_unsupportive',
    'hard_surfaces',
  ],
  warning: [
    'bladder_bowel_change',
    'saddle_numbness',
    'leg_weakness',
    'weakness_progressing',
    'numbness_tingling',
    'fever',
    'weight_loss',
    'cancer_history',
    'night_pain_constant',
    'infection_risk',
    'significant_trauma',
    'osteoporosis_or_steroids',
    'pulsating_abdomen',
    'worsening',
    'daily_activities_limited',
  ],
} as const;

/** The features CONTRACT v1.1 adds, by the group Stride puts them in. */
export const CONTRACT_V11_FEATURES = {
  pattern: ['nsaid_relief', 'buttock_thigh_cramp_walking'],
  warning: [
    'known_aneurysm',
    'fainting_with_pain',
    'leg_cold_pale_at_rest',
    'upper_back_pain',
    'sexual_function_change',
    'not_improving_month',
  ],
} as const;

/**
 * Stride's own additions (the contract allows new features): the plainer re-asks of the cauda
 * equina signs after a "not sure", and whether a cold, pale leg came on suddenly.
 */
export const OWN_FEATURES = {
  warning: [
    'bladder_bowel_recheck',
    'saddle_numbness_recheck',
    'sexual_function_recheck',
    'leg_cold_sudden',
  ],
} as const;

export const CONTRACT_CAUSES = [
  'muscle_strain',
  'posture_gait',
  'spinal_stenosis',
  'disc_degeneration',
  'facet_joint',
  'sacroiliac_joint',
  'footwear',
  'inflammatory_back_pain',
  'vascular_claudication',
  'hip_osteoarthritis',
  'sciatica',
  'cauda_equina',
  'spinal_infection',
  'spinal_malignancy',
  'vertebral_fracture',
  'aortic_aneurysm',
] as const;

export const SERIOUS_CAUSES = [
  'cauda_equina',
  'spinal_infection',
  'spinal_malignancy',
  'vertebral_fracture',
  'aortic_aneurysm',
] as const;
