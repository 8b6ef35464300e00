/** A secret to copy (recovery code or share link): shown in a read-only box, with a copy button that says when it worked. */
import { useState } from 'preact/hooks';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly copyLabel: string;
  readonly copiedText: string;
  readonly hint?: string;
}

export function CopyCode({ id, label, value, copyLabel, copiedText, hint }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <div class="copy-code">
      <label for={id}>{label}</label>
      {hint === undefined ? null : <p class="hint">{hint}</p>}
      <textarea id={id} class="code-box" readOnly rows={3} value={value} onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        class="button button-secondary"
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => {
              setCopied(true);
            },
            () => {
              // No clipboard (an insecure page): select the text so the person can copy it by hand.
              (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
            },
          );
        }}
      >
        {copyLabel}
      </button>
      <p class="status" role="status">
        {copied ? copiedText : ''}
      </p>
    </div>
  );
}
