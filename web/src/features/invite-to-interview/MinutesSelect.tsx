import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';

/** A length in minutes from a short list: the interview's, or the break between two. */
export function MinutesSelect({ label, value, choices, onChange, testId }: { label: string; value: number; choices: number[]; onChange: (minutes: number) => void; testId: string }) {
  const { t } = useTranslation('invite-to-interview');
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} className="select-native" value={value} onChange={(event) => onChange(Number(event.target.value))} data-testid={testId}>
          {choices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0 ? t('interview.noBreak') : t('interview.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
