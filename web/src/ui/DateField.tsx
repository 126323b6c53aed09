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
import { HintAndError, Segments, useSegmentedField, type SegmentedFieldProps } from './date-field-parts';
import { calendarDateOf, dateText } from './date-values';

export type DateFieldProps = SegmentedFieldProps;

/**
 * A day ('YYYY-MM-DD'), typed or picked in a month calendar, written the screen language's way (3.12.2026 in Danish)
 * whatever the browser's language: a native date input would follow the browser, and many recruiters' browsers are
 * American. The calendar's weeks start on the locale's first day, Monday in Danish and British English.
 */
export function DateField(props: DateFieldProps) {
  const { label, value, onChange, description, errorMessage, ref } = props;
  return (
    <DatePicker {...useSegmentedField(props, calendarDateOf)} onChange={(chosen) => onChange(dateText(chosen))}>
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
