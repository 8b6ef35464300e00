/** Make a read-only link for the clinician (shown once, to copy while it works), and see or stop the links made before. */
import { useState } from 'preact/hooks';
import { api } from '../../api/client.js';
import type { ShareInfo } from '../../api/types.js';
import { format, t } from '../../i18n/index.js';
import { formatInstant } from '../../state/dates.js';
import type { SavedProfile } from '../../state/profile.js';
import { useLoad } from '../../state/use-load.js';
import { CopyCode } from '../my/CopyCode.js';
import { LoadFailed } from '../my/LoadFailed.js';

function ShareRow({ share, onRevoke }: { readonly share: ShareInfo; readonly onRevoke: (share: ShareInfo) => void }) {
  const made = formatInstant(share.createdAt);
  return (
    <li class="share-row" data-status={share.status}>
      <div>
        <strong>{t.share.status[share.status]}</strong>
        <span>
          {format(t.share.madeOn, { date: made })}, {format(t.share.until, { date: formatInstant(share.expiresAt) })}
        </span>
      </div>
      {share.status === 'active' ? (
        <button type="button" class="button button-secondary button-small" aria-label={format(t.share.revokeLabel, { date: made })} onClick={() => { onRevoke(share); }}>
          {t.share.revoke}
        </button>
      ) : null}
    </li>
  );
}

export function ShareLinks({ profile }: { readonly profile: SavedProfile }) {
  const { state, reload } = useLoad(() => api.shares(profile), [profile.id]);
  const [made, setMade] = useState<{ readonly id: string; readonly url: string } | null>(null);
  // The new link can be copied only while it works: once stopped (or expired) its copy button goes.
  const madeStatus = made === null || state.kind !== 'ok' ? undefined : state.data.find((share) => share.id === made.id)?.status;
  const link = made !== null && (madeStatus === undefined || madeStatus === 'active') ? made.url : null;
  const [message, setMessage] = useState('');
  const make = async (): Promise<void> => {
    try {
      const share = await api.createShare(profile);
      setMade({ id: share.id, url: share.url });
      reload();
    } catch {
      setMessage(t.my.failed);
    }
  };
  const revoke = (share: ShareInfo): void => {
    api.revokeShare(profile, share.id).then(
      () => {
        setMessage(t.share.revoked);
        if (made?.id === share.id) {
          setMade(null);
        }
        reload();
      },
      () => {
        setMessage(t.my.failed);
      },
    );
  };
  return (
    <section aria-labelledby="link-title">
      <h2 id="link-title">{t.share.linkTitle}</h2>
      <p>{t.share.linkIntro}</p>
      <button type="button" class="button button-primary" onClick={() => void make()}>
        {t.share.make}
      </button>
      {link === null ? null : (
        <>
          <CopyCode id="share-link" label={t.share.made} value={link} copyLabel={t.share.copy} copiedText={t.share.copied} />
          <a class="button button-secondary" href={link} target="_blank" rel="noopener noreferrer">
            {t.share.open}
          </a>
        </>
      )}
      <p class="status" role="status">
        {message}
      </p>
      <h3>{t.share.listTitle}</h3>
      {state.kind === 'failed' ? <LoadFailed status={state.status} onRetry={reload} /> : null}
      {state.kind === 'ok' && state.data.length === 0 ? <p>{t.share.empty}</p> : null}
      {state.kind === 'ok' && state.data.length > 0 ? (
        <ul class="share-list">
          {state.data.map((share) => (
            <ShareRow key={share.id} share={share} onRevoke={revoke} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
