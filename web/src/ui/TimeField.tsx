import { Label, TimeField as AriaTimeField } from 'react-aria-components';
import { HintAndError, Segments, useSegmentedField, type SegmentedFieldProps } from './date-field-parts';
import { timeOf, timeText } from './date-values';

export type TimeFieldProps = SegmentedFieldProps;

/**
 * A time of day ('HH:MM'), in hours and minutes, on the 24-hour clock in Danish and English alike: no AM/PM to
 * misread.
 */
export function TimeField(props: TimeFieldProps) {
  const { label, value, onChange, description, errorMessage, ref } = props;
  return (
    <AriaTimeField {...useSegmentedField(props, timeOf)} onChange={(chosen) => onChange(timeText(chosen))} hourCycle={24}>
      <Label>{label}</Label>
      <Segments ref={ref} onLeftIncomplete={() => value && onChange('')} />
      <HintAndError description={description} errorMessage={errorMessage} />
    </AriaTimeField>
  );
}
