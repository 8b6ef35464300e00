/** The result page's offer to save: nothing is sent until the person chooses; then a profile, the assessment, and the recovery code to keep. */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import type { Answers } from '../../engine.js';
import { t } from '../../i18n/index.js';
import { recoveryCode, rememberSavedAnswers, savedAnswersKey, type ProfileState } from '../../state/profile.js';
import { hrefOf } from '../../state/use-route.js';
import { RecoveryCodeBox } from './RecoveryCodeBox.js';

type Phase = 'idle' | 'saving' | 'failed';

export function SaveResults({ answers, profile }: { readonly answers: Answers; readonly profile: ProfileState }) {
  const key = JSON.stringify(answers);
  const [phase, setPhase] = useState<Phase>('idle');
  const [savedKey, setSavedKey] = useState(savedAnswersKey);
  const [justCreated, setJustCreated] = useState(false);
  const saved = profile.profile !== null && savedKey === key;

  const save = async (): Promise<void> => {
    setPhase('saving');
    try {
      let current = profile.profile;
      if (current === null) {
        current = await api.createProfile();
        profile.set(current);
        setJustCreated(true);
      }
      await api.saveAssessment(current, answers);
      rememberSavedAnswers(key);
      setSavedKey(key);
      setPhase('idle');
    } catch {
      setPhase('failed');
    }
  };

  return (
    <section class="save-box" aria-labelledby="save-title">
      <h2 id="save-title">{saved ? t.save.savedTitle : t.save.title}</h2>
      {saved ? null : (
        <>
          {profile.profile === null ? (
            <>
              <p>{t.save.intro}</p>
              <p class="hint">{t.save.what}</p>
            </>
          ) : null}
          <button type="button" class="button button-primary" disabled={phase === 'saving'} onClick={() => void save()}>
            {profile.profile === null ? t.save.button : t.save.addResult}
          </button>
        </>
      )}
      <p class="status" role="status">
        {phase === 'saving' ? t.save.saving : saved && !justCreated ? t.save.resultSaved : ''}
      </p>
      {phase === 'failed' ? (
        <p class="error" role="alert">
          {t.save.failed}
        </p>
      ) : null}
      {justCreated && profile.profile !== null && savedKey === key ? (
        <RecoveryCodeBox code={recoveryCode(profile.profile)} />
      ) : null}
      <div class="actions">
        {profile.profile === null ? (
          <a class="button button-secondary" href={hrefOf('open')}>
            {t.save.openLink}
          </a>
        ) : (
          <a class="button button-secondary" href={hrefOf('diary')}>
            {t.save.diaryLink}
          </a>
        )}
      </div>
    </section>
  );
}
