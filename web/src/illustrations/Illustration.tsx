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

/** A figure drawn as head plus limb path; `class="figure"` gives the body a thicker line than the ground and arrows. */
function figure(head: readonly [number, number], limbs: string): JSX.Element {
  return (
    <>
      <circle cx={head[0]} cy={head[1]} r="7" />
      <path class="figure" d={limbs} />
    </>
  );
}

function walker(dx = 0): JSX.Element {
  return (
    <g transform={`translate(${String(dx)} 0)`}>
      {figure([80, 12], 'M80 22v28M80 50l-11 14 -3 16M80 50l8 14 8 15M80 28l-10 10 -4 12M80 28l10 9 6 10')}
    </g>
  );
}

const DRAWINGS: Readonly<Record<IllustrationName, JSX.Element>> = {
  // Lying on the back, knees bent; the arrow shows the low back pressing into the floor.
  pelvic_tilt: (
    <>
      {GROUND}
      {figure([20, 72], 'M30 77h50M80 77l22-26 14 28h8M34 78l24 1')}
      <path class="accent" d="M62 52v16M56 62l6 6 6-6" />
    </>
  ),
  // Lying on the back, hips lifted in a line from knees to shoulders.
  bridge: (
    <>
      {GROUND}
      {figure([18, 74], 'M28 78l54-24M82 54l26-6 10 31h8M30 79h26')}
      <path class="accent" d="M80 42V26M74 32l6-6 6 6" />
    </>
  ),
  // On hands and knees, one arm forward and the other leg back.
  bird_dog: (
    <>
      {GROUND}
      {figure([42, 40], 'M52 46h46M56 46v34M98 46v34h22M52 44l-38-6M98 46l50-6')}
    </>
  ),
  // Lying on one side, top leg lifted a little.
  side_leg_lift: (
    <>
      {GROUND}
      {figure([18, 70], 'M28 75l54 3M82 78l62 2M82 76l58-22M30 76l-12 4')}
      <path class="accent" d="M150 70q8-9 0-20M144 52l6-3 2 7" />
    </>
  ),
  // Lying on one side, knees bent and feet together, top knee opened like a clam.
  clam: (
    <>
      {GROUND}
      {figure([18, 70], 'M28 75l54 3M82 78l34 2 18-2M82 76l28-24 24 26M30 76l-12 4')}
      <path class="accent" d="M118 40q-8-10-18-4M104 32l-5 4 5 5" />
    </>
  ),
  walk: (
    <>
      {GROUND}
      {walker()}
    </>
  ),
  // Standing tall: head up, shoulders back, a plumb line beside.
  posture: (
    <>
      {GROUND}
      {figure([80, 12], 'M80 22v30M80 52l-5 28M80 52l5 28M80 28l-7 22M80 28l7 22')}
      <path class="accent dashed" d="M104 4v78" />
      <path class="accent" d="M56 22V6M50 12l6-6 6 6" />
    </>
  ),
  poles: (
    <>
      {GROUND}
      {walker()}
      <path class="accent" d="M66 50l-10 32M96 47l10 35" />
    </>
  ),
  // Leaning forward on a shopping trolley.
  trolley: (
    <>
      {GROUND}
      {figure([76, 20], 'M60 52l12-23M60 52l-8 28M60 52l7 28M70 32l26 9')}
      <path class="accent" d="M96 41l4-6M100 40h40l-4 24h-32zM104 64l2 8M132 64l-2 8" />
      <circle class="accent wheel" cx="108" cy="77" r="4" />
      <circle class="accent wheel" cx="130" cy="77" r="4" />
    </>
  ),
  shoe: (
    <>
      <path d="M24 64c-2-12 2-24 14-26l30-2c8 12 22 16 40 18l22 4c10 2 12 12 8 18H26c-2 0-2-8-2-12z" />
      <path class="accent" d="M24 70h112" />
      <path d="M54 40l6 10M64 38l6 10M74 40l4 8" />
    </>
  ),
  // Walking on grass rather than concrete.
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

/** Floor exercises sit low in the frame; crop their empty sky. */
const LOW: ReadonlySet<IllustrationName> = new Set(['pelvic_tilt', 'bridge', 'bird_dog', 'side_leg_lift', 'clam']);

export function Illustration({ name }: { readonly name: IllustrationName }) {
  return (
    <svg class="illustration" viewBox={LOW.has(name) ? '0 22 160 66' : '0 0 160 90'} aria-hidden="true" focusable="false">
      {DRAWINGS[name]}
    </svg>
  );
}

/** The drawing for an exercise step such as "Bridge: 1. Lie on your back...", by the name before the colon. */
const BY_EXERCISE: Readonly<Record<string, IllustrationName>> = {
  'pelvic tilt': 'pelvic_tilt',
  bridge: 'bridge',
  'bird-dog': 'bird_dog',
  'side-lying leg lift': 'side_leg_lift',
  clam: 'clam',
};

/** The drawing for an exercise step such as "Bridge: 1. Lie on your back...", by the name before the colon. */
export function illustrationOfStep(step: string): IllustrationName | undefined {
  const name = /^([A-Za-z -]+):/.exec(step)?.[1]?.toLowerCase().trim();
  return name === undefined ? undefined : BY_EXERCISE[name];
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
