/** Share and your data: the clinician link, downloads (FHIR, JSON), and erase everything after a confirm. */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import { MyNav } from '../../components/my/MyNav.js';
import { downloadJson } from '../../components/share/download.js';
import { ShareLinks } from '../../components/share/ShareLinks.js';
import { t } from '../../i18n/index.js';
import { todayIso } from '../../state/dates.js';
import { recoveryCode, type ProfileState, type SavedProfile } from '../../state/profile.js';
import { RecoveryCodeBox } from '../../components/my/RecoveryCodeBox.js';

function Downloads({ profile, onFail }: { readonly profile: SavedProfile; readonly onFail: () => void }) {
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">{t.share.filesTitle}</h2>
      <div class="actions">
        <button type="button" class="button button-secondary" onClick={() => { api.fhir(profile).then((bundle) => { downloadJson(bundle, `stride-fhir-${todayIso()}.json`, 'application/fhir+json'); }, onFail); }}>
          {t.share.fhir}
        </button>
        <button type="button" class="button button-secondary" onClick={() => { api.exportAll(profile).then((data) => { downloadJson(data, `stride-export-${todayIso()}.json`); }, onFail); }}>
          {t.share.exportJson}
        </button>
      </div>
    </section>
  );
}

/** The recovery code again, on request, from the device that keeps it. */
function Recovery({ profile }: { readonly profile: SavedProfile }) {
  const [shown, setShown] = useState(false);
  return (
    <section aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t.share.recoveryTitle}</h2>
      <p>{t.share.recoveryIntro}</p>
      {shown ? (
        <RecoveryCodeBox code={recoveryCode(profile)} />
      ) : (
        <button type="button" class="button button-secondary" onClick={() => { setShown(true); }}>
          {t.share.recoveryShow}
        </button>
      )}
    </section>
  );
}

function Erase({ onErase }: { readonly onErase: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <section class="erase-box" aria-labelledby="erase-title">
      <h2 id="erase-title">{t.share.eraseTitle}</h2>
      <p>{t.share.eraseIntro}</p>
      {asking ? (
        <div role="group" aria-labelledby="erase-confirm">
          <p id="erase-confirm">
            <strong>{t.share.confirm}</strong>
          </p>
          <div class="actions">
            <button type="button" class="button button-danger" onClick={onErase}>
              {t.share.confirmYes}
            </button>
            <button type="button" class="button button-secondary" onClick={() => { setAsking(false); }}>
              {t.share.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button button-danger" onClick={() => { setAsking(true); }}>
          {t.share.erase}
        </button>
      )}
    </section>
  );
}

export function ShareScreen({ profile, state }: { readonly profile: SavedProfile; readonly state: ProfileState }) {
  const [message, setMessage] = useState('');
  const fail = (): void => {
    setMessage(t.my.failed);
  };
  const erase = (): void => {
    api.erase(profile).then(state.forget, fail);
  };
  return (
    <section class="page my-page">
      <h1 tabIndex={-1}>{t.share.title}</h1>
      <MyNav current="share" />
      <ShareLinks profile={profile} />
      <Recovery profile={profile} />
      <Downloads profile={profile} onFail={fail} />
      <Erase onErase={erase} />
      <p class="status" role="status">
        {message}
      </p>
    </section>
  );
}
