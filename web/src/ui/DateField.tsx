import { useMemo, type Ref } from 'react';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DatePicker,
  Dialog,
  Group,
  Heading,
  Label,
  Popover,
} from 'react-aria-components';
import { HintAndError, Segments, type Focusable } from './date-field-parts';
import { calendarDateOf, dateText } from './date-values';

export interface DateFieldProps {
  label: string;
  /** 'YYYY-MM-DD', or '' when no day is chosen. */
  value: string;
  onChange: (value: string) => void;
  /** The first day that may be chosen, 'YYYY-MM-DD'. */
  minValue?: string;
  description?: string;
  errorMessage?: string;
  isRequired?: boolean;
  name?: string;
  'data-testid'?: string;
  ref?: Ref<Focusable>;
}

/**
 * A day, typed or picked in a month calendar, written the screen language's way (3.12.2026 in Danish) whatever the
 * browser's language: a native date input would follow the browser, and many recruiters' browsers are American.
 * The calendar's weeks start on the locale's first day, Monday in Danish and British English.
 */
export function DateField({ label, value, onChange, minValue, description, errorMessage, isRequired, name, ref, ...rest }: DateFieldProps) {
  const date = useMemo(() => calendarDateOf(value), [value]);
  const first = useMemo(() => (minValue ? (calendarDateOf(minValue) ?? undefined) : undefined), [minValue]);
  return (
    <DatePicker
      className="field date-field"
      value={date}
      onChange={(chosen) => onChange(dateText(chosen))}
      minValue={first}
      isRequired={isRequired}
      isInvalid={errorMessage ? true : undefined}
      validationBehavior="aria"
      shouldForceLeadingZeros
      name={name}
      data-testid={rest['data-testid']}
    >
      <Label>{label}</Label>
      <Group className="date-group">
        <Segments ref={ref} onLeftIncomplete={() => value && onChange('')} />
        {/* React Aria names this button ("Kalender" / "Calendar") after the field's label. */}
        <AriaButton className="date-group-button">
          <CalendarIcon />
        </AriaButton>
      </Group>
      <HintAndError description={description} errorMessage={errorMessage} />
      <Popover className="date-popover" placement="bottom start">
        <Dialog className="date-popover-dialog">
          <Calendar className="calendar">
            <header className="calendar-header">
              <AriaButton slot="previous" className="calendar-step">
                <Chevron direction="left" />
              </AriaButton>
              <Heading className="calendar-heading" />
              <AriaButton slot="next" className="calendar-step">
                <Chevron direction="right" />
              </AriaButton>
            </header>
            <CalendarGrid className="calendar-grid">{(day) => <CalendarCell date={day} className="calendar-cell" />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}

function CalendarIcon() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.6">
      <rect x="3" y="4.5" width="14" height="12.5" rx="1.5" />
      <path d="M3 8.5h14M7 2.5v4M13 2.5v4" strokeLinecap="round" />
    </svg>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={direction === 'left' ? 'M11 4 6 9l5 5' : 'M7 4l5 5-5 5'} />
    </svg>
  );
}
