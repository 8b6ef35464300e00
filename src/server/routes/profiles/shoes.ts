/** A pair of shoes as the API shows it: distance walked and whether it is due for replacing, with the default distance labelled as a default. */
import type { z } from '@hono/zod-openapi';
import type { Shoe } from '../../../store/types.js';
import type { ShoeSchema } from './schemas.js';

/**
 * Used when the person has not set their own distance. A rule of thumb from running-shoe
 * makers (roughly 500-800 km), NOT evidence: Stride's evidence review found no study linking
 * shoe wear to back pain. The response labels it so, and the person can change it.
 */
export const DEFAULT_REPLACE_AT_KM = 700;

const DEFAULT_NOTE =
  `${DEFAULT_REPLACE_AT_KM} km is a common rule of thumb, not a research finding. ` +
  'Change it to suit your shoes: replace them sooner if the cushioning feels flat or the soles are worn.';
const OWN_NOTE = 'You chose this distance.';

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function shoeView(shoe: Shoe): z.infer<typeof ShoeSchema> {
  const replaceAtKm = shoe.replaceAtKm ?? DEFAULT_REPLACE_AT_KM;
  const totalKm = round(shoe.startKm + shoe.kmWalked);
  return {
    id: shoe.id,
    name: shoe.name,
    startedOn: shoe.startedOn,
    startKm: shoe.startKm,
    kmWalked: round(shoe.kmWalked),
    totalKm,
    walks: shoe.walks,
    walksWithoutDistance: shoe.walksWithoutDistance,
    minutesWalked: round(shoe.minutesWalked),
    replaceAtKm,
    replaceAtKmIsDefault: shoe.replaceAtKm === null,
    replaceAtKmNote: shoe.replaceAtKm === null ? DEFAULT_NOTE : OWN_NOTE,
    kmLeft: Math.max(0, round(replaceAtKm - totalKm)),
    dueForReplacement: totalKm >= replaceAtKm,
    createdAt: shoe.createdAt,
  };
}
