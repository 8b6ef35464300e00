/** A group of large radio choices in a fieldset: keyboard and screen reader support come with the native inputs. */
export interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface Props<T extends string> {
  readonly name: string;
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly RadioOption<T>[];
  readonly value: T | undefined;
  readonly onChange: (value: T) => void;
  readonly compact?: boolean;
}

export function RadioGroup<T extends string>({ name, legend, hint, options, value, onChange, compact }: Props<T>) {
  const hintId = hint === undefined ? undefined : `${name}-hint`;
  return (
    <fieldset class={compact === true ? 'field radios-compact' : 'field'} aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint === undefined ? null : (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="radios">
        {options.map((option) => (
          <label key={option.value} class="radio">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onChange(option.value);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const SCALE = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));

/** Pain from 0 to 10 as eleven radios. */
export function PainScale({
  name,
  legend,
  hint,
  value,
  onChange,
}: {
  readonly name: string;
  readonly legend: string;
  readonly hint: string;
  readonly value: number | undefined;
  readonly onChange: (value: number) => void;
}) {
  return (
    <RadioGroup
      name={name}
      legend={legend}
      hint={hint}
      options={SCALE}
      value={value === undefined ? undefined : String(value)}
      onChange={(text) => {
        onChange(Number(text));
      }}
      compact
    />
  );
}
