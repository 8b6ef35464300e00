/** The recovery code shown so it can be written down: groups of four in a large fixed-width font that wrap (never cut off), with a copy button. */
import { useState } from 'preact/hooks';
import { t } from '../../i18n/index.js';

export function RecoveryCodeBox({ code }: { readonly code: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="copy-code">
      <h3 id="recovery-code-label">{t.save.codeLabel}</h3>
      <p class="hint">{t.save.codeHint}</p>
      <p id="recovery-code" class="recovery-code" data-code={code} aria-labelledby="recovery-code-label">
        {code.split(' ').map((group, index) => (
          <span key={index}>{group} </span>
        ))}
      </p>
      <p class="hint">{t.save.codeWrite}</p>
      <button
        type="button"
        class="button button-secondary"
        onClick={() => {
          navigator.clipboard.writeText(code).then(
            () => {
              setCopied(true);
            },
            () => {
              // No clipboard (an insecure page): select the code so the person can copy it by hand.
              const box = document.getElementById('recovery-code');
              if (box !== null) {
                getSelection()?.selectAllChildren(box);
              }
            },
          );
        }}
      >
        {t.save.copy}
      </button>
      <p class="status" role="status">
        {copied ? t.save.copied : ''}
      </p>
    </div>
  );
}
