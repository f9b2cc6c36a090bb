import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** A labelled checkbox with an optional hint read out with it. */
export function Toggle(props: { label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void; name?: string }) {
  const id = useId();
  return (
    <div class="field toggle">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        checked={props.checked}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={`${id}-hint`} class="hint muted">
          {props.hint}
        </p>
      )}
    </div>
  );
}

export type Option<T> = { value: T; label: string };

/** A group of radio buttons for one choice among a few. */
export function Choice<T extends string | number>(props: { legend: string; name: string; value: T; options: Option<T>[]; onChange: (value: T) => void }) {
  return (
    <fieldset class="field choice">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={String(option.value)}>
          <input
            type="radio"
            name={props.name}
            value={String(option.value)}
            checked={option.value === props.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A drop-down for one choice among many (hours, weekdays). */
export function Select<T extends string | number>(props: { label: string; value: T; options: Option<T>[]; onChange: (value: T) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        disabled={props.disabled}
        value={String(props.value)}
        onChange={(event) => {
          const chosen = props.options.find((option) => String(option.value) === event.currentTarget.value);
          if (chosen) props.onChange(chosen.value);
        }}
      >
        {props.options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A whole number within bounds; saved when it is valid, otherwise the field says so. */
export function NumberField(props: { label: string; hint?: string; value: number; min: number; max: number; onChange: (value: number) => void }) {
  const id = useId();
  // What the person is typing, kept apart from the stored value so a save elsewhere on the page never wipes it.
  const [text, setText] = useState(String(props.value));
  // A value out of range stays as typed, with the range said, rather than silently reverting.
  const [outOfRange, setOutOfRange] = useState(false);
  useEffect(() => setText(String(props.value)), [props.value]);
  const described = [props.hint && `${id}-hint`, outOfRange && `${id}-range`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={text}
        aria-describedby={described || undefined}
        aria-invalid={outOfRange || undefined}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          const value = Number(typed);
          const valid = typed !== '' && Number.isInteger(value) && value >= props.min && value <= props.max;
          setOutOfRange(!valid);
          if (valid) props.onChange(value);
        }}
      />
      <p id={`${id}-range`} class="hint error" role="status">
        {outOfRange ? t('options_numberOutOfRange', [props.min, props.max, props.value]) : ''}
      </p>
      {props.hint && (
        <p id={`${id}-hint`} class="hint muted">
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** One titled part of a settings page. */
export function Section(props: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.intro && <p class="muted">{props.intro}</p>}
      {props.children}
    </section>
  );
}

export type Note = { kind: 'ok' | 'error'; text: string } | undefined;

/** Live regions that stay in the page, so screen readers announce what changes in them. */
export function Notice({ note }: { note: Note }) {
  return (
    <>
      <p role="status" class="notice">
        {note?.kind === 'ok' ? note.text : ''}
      </p>
      <p role="alert" class="notice error">
        {note?.kind === 'error' ? note.text : ''}
      </p>
    </>
  );
}
