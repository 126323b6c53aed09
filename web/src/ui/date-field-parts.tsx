import { useImperativeHandle, useRef, type FocusEvent, type Ref } from 'react';
import { DateInput, DateSegment, FieldError, Text } from 'react-aria-components';

/** What a form needs of a date or time field to put the cursor back in it (react-hook-form's `setFocus`). */
export interface Focusable {
  focus: () => void;
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
