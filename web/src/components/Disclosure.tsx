/**
 * A native details/summary whose body is built only once it is opened: a result holds dozens of
 * closed disclosures (reasons, drawings, sources), and building them all up front cost a phone a
 * long first task. `open` opens it from outside (an address naming something inside it).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  readonly summary: ComponentChildren;
  readonly class?: string;
  readonly open?: boolean;
  readonly children: ComponentChildren;
}

export function Disclosure({ summary, class: className, open, children }: Props) {
  const [opened, setOpened] = useState(open === true);
  return (
    <details
      class={className}
      open={open === true || opened}
      onToggle={(event) => {
        setOpened(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {open === true || opened ? children : null}
    </details>
  );
}
