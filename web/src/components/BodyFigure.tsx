/**
 * A simple body seen from behind, with the painful area marked: the picture half of answering
 * "where in the back" and "into one or both legs". Decorative: the words beside it carry the meaning.
 */

/** The answers a body picture can show; the picture's own left is the person's left, as seen from behind. */
export type BodyArea = 'central' | 'one_side' | 'both_sides' | 'none' | 'one_leg' | 'both_legs';

const PICTURED: Readonly<Record<string, readonly BodyArea[]>> = {
  pain_side: ['central', 'one_side', 'both_sides'],
  leg_symptoms: ['none', 'one_leg', 'both_legs'],
};

/** Whether a question's choices are drawn as body pictures. */
export function isPictured(questionId: string, value: string): value is BodyArea {
  return (PICTURED[questionId] ?? []).some((area) => area === value);
}

export function BodyFigure({ area }: { readonly area: BodyArea }) {
  const back = area === 'none' || area === 'one_leg' || area === 'both_legs';
  return (
    <svg class="body-figure" viewBox="0 0 100 200" aria-hidden="true" focusable="false">
      <circle class="body" cx="50" cy="18" r="13" />
      <rect class="body" x="28" y="34" width="44" height="72" rx="12" />
      <rect class="body" x="14" y="38" width="11" height="62" rx="5.5" />
      <rect class="body" x="75" y="38" width="11" height="62" rx="5.5" />
      <rect class={area === 'one_leg' || area === 'both_legs' ? 'body pain' : 'body'} x="30" y="102" width="18" height="92" rx="8" />
      <rect class={area === 'both_legs' ? 'body pain' : 'body'} x="52" y="102" width="18" height="92" rx="8" />
      <line class="spine" x1="50" y1="36" x2="50" y2="100" />
      {area === 'central' || back ? <rect class="pain" x="43" y="74" width="14" height="26" rx="5" /> : null}
      {area === 'one_side' || area === 'both_sides' ? <ellipse class="pain" cx="38" cy="87" rx="8" ry="12" /> : null}
      {area === 'both_sides' ? <ellipse class="pain" cx="62" cy="87" rx="8" ry="12" /> : null}
    </svg>
  );
}
