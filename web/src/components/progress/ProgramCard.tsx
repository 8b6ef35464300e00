/** This week's walking plan from src/engine/walking-program.ts, in plain words, with the walks it is based on and its expert estimates labelled. */
import type { WalkingProgram } from '../../../../src/engine/walking-program.js';
import { format, plural, t } from '../../i18n/index.js';

function statusText(program: WalkingProgram): string {
  // "Log a few walks" only to someone who has logged none; otherwise say what was seen.
  if (program.status === 'start' && program.basis.walks > 0) {
    return plural(t.program.startLogged, program.basis.walks);
  }
  return t.program.status[program.status];
}

export function ProgramCard({ program }: { readonly program: WalkingProgram }) {
  const values = { bout: program.boutMinutes, rest: program.breakMinutes, bouts: program.bouts, days: program.daysPerWeek };
  return (
    <section class="program" aria-labelledby="program-title" data-program={program.status}>
      <h2 id="program-title">{t.program.title}</h2>
      <p>{statusText(program)}</p>
      {program.status === 'see_doctor' ? null : (
        <>
          <p class="program-dose">{format(program.pattern === 'interval' ? t.program.interval : t.program.continuous, values)}</p>
          {program.pattern === 'interval' ? <p>{program.breakKind === 'stand_still' ? t.program.breakStand : t.program.breakSit}</p> : null}
          <p>{format(t.program.weekly, { minutes: program.weeklyMinutes })}</p>
          {program.status === 'start' ? null : <p class="hint">{plural(t.program.basedOn, program.basis.walks, { days: program.basis.days })}</p>}
          <p>{t.program.stopRule}</p>
          <p class="hint">{t.program.estimate}</p>
        </>
      )}
    </section>
  );
}
