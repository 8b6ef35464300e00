/** The "Why we ask" disclosure under a question: native details/summary, so it works with any input method. */
import { t } from '../i18n/index.js';

export function WhyWeAsk({ text, label = t.interview.whyWeAsk }: { readonly text: string; readonly label?: string }) {
  return (
    <details class="why">
      <summary>{label}</summary>
      <p>{text}</p>
    </details>
  );
}
