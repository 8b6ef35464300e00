/** Opens results saved on another device from a pasted recovery code, after checking it with the server. */
import { useState } from 'preact/hooks';
import { api, ApiFailure } from '../../api/client.js';
import { t } from '../../i18n/index.js';
import { parseRecoveryCode, type ProfileState } from '../../state/profile.js';
import { navigate } from '../../state/use-route.js';

export function OpenScreen({ profile }: { readonly profile: ProfileState }) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const open = async (event: Event): Promise<void> => {
    event.preventDefault();
    const parsed = parseRecoveryCode(code);
    if (parsed === null) {
      setProblem(t.open.bad);
      return;
    }
    try {
      const opened = { id: parsed.id ?? (await api.profileOf(parsed.token)).id, token: parsed.token };
      await api.assessments(opened);
      profile.set(opened);
      navigate('progress');
    } catch (error) {
      setProblem(error instanceof ApiFailure && error.status === 0 ? t.my.offline : t.open.notFound);
    }
  };
  return (
    <section class="page">
      <h1 tabIndex={-1}>{t.open.title}</h1>
      <p>{t.open.intro}</p>
      <form onSubmit={(event) => void open(event)} noValidate>
        <label class="field">
          <span>{t.open.label}</span>
          <textarea class="code-box" rows={3} value={code} autoComplete="off" spellcheck={false} onInput={(e) => { setCode(e.currentTarget.value); }} />
        </label>
        {problem === null ? null : <p class="error" role="alert">{problem}</p>}
        <button type="submit" class="button button-primary">
          {t.open.button}
        </button>
      </form>
    </section>
  );
}
