import { useMemo, type Ref } from 'react';
import { Label, TimeField as AriaTimeField } from 'react-aria-components';
import { HintAndError, Segments, type Focusable } from './date-field-parts';
import { timeOf, timeText } from './date-values';

export interface TimeFieldProps {
  label: string;
  /** 'HH:MM' on the 24-hour clock, or '' when no time is chosen. */
  value: string;
  onChange: (value: string) => void;
  /** The earliest time that may be chosen, 'HH:MM'. */
  minValue?: string;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  name?: string;
  'data-testid'?: string;
  ref?: Ref<Focusable>;
}

/** A time of day in hours and minutes, on the 24-hour clock in Danish and English alike: no AM/PM to misread. */
export function TimeField({ label, value, onChange, minValue, description, errorMessage, isRequired, name, ref, ...rest }: TimeFieldProps) {
  const time = useMemo(() => timeOf(value), [value]);
  const first = useMemo(() => (minValue ? (timeOf(minValue) ?? undefined) : undefined), [minValue]);
  return (
    <AriaTimeField
      className="field date-field"
      value={time}
      onChange={(chosen) => onChange(timeText(chosen))}
      minValue={first}
      hourCycle={24}
      shouldForceLeadingZeros
      isRequired={isRequired}
      isInvalid={errorMessage ? true : undefined}
      validationBehavior="aria"
      name={name}
      data-testid={rest['data-testid']}
    >
      <Label>{label}</Label>
      <Segments ref={ref} onLeftIncomplete={() => value && onChange('')} />
      <HintAndError description={description} errorMessage={errorMessage} />
    </AriaTimeField>
  );
}
