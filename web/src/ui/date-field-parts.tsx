import { useImperativeHandle, useMemo, useRef, type FocusEvent, type Ref } from 'react';
import { DateInput, DateSegment, FieldError, Text } from 'react-aria-components';

/** What a form needs of a date or time field to put the cursor back in it (react-hook-form's `setFocus`). */
export interface Focusable {
  focus: () => void;
}

/** A date or time field's props: its value as text (the form's), '' when none is chosen. */
export interface SegmentedFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The earliest value that may be chosen, written as `value` is. */
  minValue?: string;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  name?: string;
  'data-testid'?: string;
  ref?: Ref<Focusable>;
}

/**
 * The field's value and least value as React Aria's date or time objects (read with `parse`), and the props its date
 * and time fields take alike: the form, not React Aria, decides what is wrong, and says it in `errorMessage`.
 */
export function useSegmentedField<T>(props: SegmentedFieldProps, parse: (text: string) => T | null) {
  const { value, minValue, isRequired, errorMessage, name } = props;
  const parsed = useMemo(() => parse(value), [parse, value]);
  const first = useMemo(() => (minValue ? (parse(minValue) ?? undefined) : undefined), [parse, minValue]);
  return {
    value: parsed,
    minValue: first,
    className: 'field date-field',
    shouldForceLeadingZeros: true,
    isRequired,
    isInvalid: errorMessage ? true : undefined,
    validationBehavior: 'aria' as const,
    name,
    'data-testid': props['data-testid'],
  };
}

/**
 * The day, month and year (or hours and minutes) as spin buttons in the screen language's order: typed digit by
 * digit, changed with the arrow keys. `ref` focuses the first of them, as a plain input would be focused.
 *
 * React Aria keeps the last complete value while the user has emptied one part ("dd.12.2026"), so a form would
 * send the old day unseen. `onLeftIncomplete` is called when focus leaves the parts with any of them empty, for the
 * field to report no value instead.
 */
export function Segments({ ref, onLeftIncomplete }: { ref?: Ref<Focusable> | undefined; onLeftIncomplete: () => void }) {
  const inputRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => inputRef.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() }), []);
  function checkComplete(event: FocusEvent<HTMLDivElement>) {
    const parts = inputRef.current;
    if (!parts || parts.contains(event.relatedTarget as Node | null)) return;
    if (parts.querySelector('[role="spinbutton"][data-placeholder]')) onLeftIncomplete();
  }
  return (
    <div className="date-input-frame" onBlur={checkComplete}>
      <DateInput ref={inputRef} className="date-input">
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </DateInput>
    </div>
  );
}

/**
 * The hint and the error under a date or time field. The form's own message wins; without one, React Aria's says
 * why a typed value is refused (a day before the first allowed), in the screen language.
 */
export function HintAndError({ description, errorMessage }: { description?: string | undefined; errorMessage?: string | undefined }) {
  return (
    <>
      {description && (
        <Text slot="description" className="muted small field-hint">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </>
  );
}
