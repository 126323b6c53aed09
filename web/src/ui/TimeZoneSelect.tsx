import { forwardRef, type SelectHTMLAttributes } from 'react';
import { Field } from './Field';

/** Every IANA zone the browser knows, with the current one kept even if the browser does not list it (an alias). */
function zonesWith(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) || current === '' ? zones : [current, ...zones].sort();
}

interface TimeZoneSelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
}

/** The organisation's time zone, chosen by its IANA name ("Europe/Copenhagen"), in which every time is shown. */
export const TimeZoneSelect = forwardRef<HTMLSelectElement, TimeZoneSelectProps>(function TimeZoneSelect({ label, hint, error, value, ...props }, ref) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select ref={ref} {...control} {...props} value={value} className="select-native">
          {zonesWith(value).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
});
