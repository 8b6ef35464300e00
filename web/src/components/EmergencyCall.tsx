/** A call link to the local emergency number, styled as a big button; a tel: link works on phones and shows the number elsewhere. */
import { emergencyNumber, format } from '../i18n/index.js';

export function EmergencyCall({ label }: { readonly label: string }) {
  const number = emergencyNumber();
  return (
    <a class="button button-emergency" href={`tel:${number}`}>
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
      </svg>
      {format(label, { number })}
    </a>
  );
}
