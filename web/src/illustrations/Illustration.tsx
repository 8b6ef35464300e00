/**
 * Simple line drawings for the self-care plan: one per exercise and one per kind of advice.
 * Decorative (aria-hidden): every step is fully described in words next to it.
 */
import type { JSX } from 'preact';

export type IllustrationName =
  | 'pelvic_tilt'
  | 'bridge'
  | 'bird_dog'
  | 'side_leg_lift'
  | 'clam'
  | 'walk'
  | 'posture'
  | 'poles'
  | 'trolley'
  | 'shoe'
  | 'surfaces'
  | 'heat';

const GROUND = <line class="ground" x1="4" y1="82" x2="156" y2="82" />;

function walker(dx = 0): JSX.Element {
  return (
    <g transform={`translate(${String(dx)} 0)`}>
      <circle cx="80" cy="16" r="8" />
      <path d="M80 24v28M80 52l-12 29M80 52l13 29M80 30l-12 17M80 30l12 15" />
    </g>
  );
}

const DRAWINGS: Readonly<Record<IllustrationName, JSX.Element>> = {
  pelvic_tilt: (
    <>
      {GROUND}
      <circle cx="20" cy="72" r="7" />
      <path d="M27 76h53M80 76l20-24 14 29M40 76l22 3" />
      <path class="accent" d="M66 56v14M61 65l5 5 5-5" />
    </>
  ),
  bridge: (
    <>
      {GROUND}
      <circle cx="18" cy="74" r="7" />
      <path d="M25 78l50-24M75 54l26-6 10 33M40 76l18 5" />
      <path class="accent" d="M75 44V30M70 35l5-5 5 5" />
    </>
  ),
  bird_dog: (
    <>
      {GROUND}
      <circle cx="46" cy="40" r="7" />
      <path d="M56 46h44M60 46v35M100 46l2 35 24 0M56 46l-36-8M100 46l46-8" />
    </>
  ),
  side_leg_lift: (
    <>
      {GROUND}
      <circle cx="20" cy="70" r="7" />
      <path d="M27 74l53 2M80 76l60 4M80 74l58-20" />
      <path class="accent" d="M148 70q6-8 0-18M143 55l5-3 2 6" />
    </>
  ),
  clam: (
    <>
      {GROUND}
      <circle cx="20" cy="70" r="7" />
      <path d="M27 74l53 2M80 77l24 3 18-2M80 75l22-22 20 25" />
      <path class="accent" d="M110 46q-6-8-14-4M100 39l-4 3 4 4" />
    </>
  ),
  walk: (
    <>
      {GROUND}
      {walker()}
    </>
  ),
  posture: (
    <>
      {GROUND}
      <circle cx="80" cy="14" r="8" />
      <path d="M80 22v30M80 52l-6 29M80 52l6 29M80 28l-8 22M80 28l8 22" />
      <path class="accent dashed" d="M104 4v78" />
      <path class="accent" d="M58 20V6M53 11l5-5 5 5" />
    </>
  ),
  poles: (
    <>
      {GROUND}
      {walker()}
      <path class="accent" d="M68 47l-12 35M92 45l12 37" />
    </>
  ),
  trolley: (
    <>
      {GROUND}
      <circle cx="74" cy="20" r="8" />
      <path d="M60 52l12-24M60 52l-8 29M60 52l7 29M70 32l26 10" />
      <path class="accent" d="M96 42l4-6M100 40h40l-4 24h-32zM104 64l2 8M132 64l-2 8" />
      <circle class="accent" cx="108" cy="77" r="4" />
      <circle class="accent" cx="130" cy="77" r="4" />
    </>
  ),
  shoe: (
    <>
      <path d="M24 64c-2-12 2-24 14-26l30-2c8 12 22 16 40 18l22 4c10 2 12 12 8 18H26c-2 0-2-8-2-12z" />
      <path class="accent" d="M24 70h112" />
      <path d="M54 40l6 10M64 38l6 10M74 40l4 8" />
    </>
  ),
  surfaces: (
    <>
      {walker(-30)}
      <path class="accent" d="M4 82h152M20 82l3-7 3 7M44 82l3-7 3 7M68 82l3-7 3 7M92 82l3-7 3 7M116 82l3-7 3 7M140 82l3-7 3 7" />
    </>
  ),
  heat: (
    <>
      <rect x="40" y="50" width="80" height="26" rx="8" />
      <path class="accent" d="M60 44q-6-8 0-16t0-16M80 44q-6-8 0-16t0-16M100 44q-6-8 0-16t0-16" />
    </>
  ),
};

export function Illustration({ name }: { readonly name: IllustrationName }) {
  return (
    <svg class="illustration" viewBox="0 0 160 90" aria-hidden="true" focusable="false">
      {DRAWINGS[name]}
    </svg>
  );
}

/** The drawing for an exercise step such as "Bridge: 1. Lie on your back...", by the name before the colon. */
export function illustrationOfStep(step: string): IllustrationName | undefined {
  const name = /^([A-Za-z -]+):/.exec(step)?.[1]?.toLowerCase().trim();
  switch (name) {
    case 'pelvic tilt':
      return 'pelvic_tilt';
    case 'bridge':
      return 'bridge';
    case 'bird-dog':
      return 'bird_dog';
    case 'side-lying leg lift':
      return 'side_leg_lift';
    case 'clam':
      return 'clam';
    default:
      return undefined;
  }
}

const BY_ADVICE: Readonly<Record<string, IllustrationName>> = {
  walking_program: 'walk',
  gradual_return: 'walk',
  interval_walking_stenosis: 'walk',
  supervised_walking_pad: 'walk',
  stay_active: 'walk',
  inflammatory_movement: 'walk',
  posture_gait_cues: 'posture',
  footwear: 'shoe',
  surfaces: 'surfaces',
  walking_poles: 'poles',
  lean_on_trolley: 'trolley',
  heat_flare: 'heat',
};

const BY_TOPIC: Readonly<Record<string, IllustrationName>> = {
  walking: 'walk',
  active: 'walk',
  posture: 'posture',
  footwear: 'shoe',
  surfaces: 'surfaces',
  poles: 'poles',
};

/** The drawing for a whole plan item, by its id, else by its topic; none for the exercise list, whose steps have their own. */
export function illustrationOfAdvice(id: string, topic: string): IllustrationName | undefined {
  return BY_ADVICE[id] ?? BY_TOPIC[topic];
}
