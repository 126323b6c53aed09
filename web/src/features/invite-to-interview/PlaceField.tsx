import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { MAX_LOCATION_LENGTH, placeField } from './interview-step';
import type { InterviewStep } from './wizard-state';

type Place = Pick<InterviewStep, 'type' | 'location' | 'meetingUrl'>;

/** Where the interview takes place: the meeting link of a video interview, else an address (or who calls whom). */
export function PlaceField({ interview, onChange, error }: { interview: Place; onChange: (patch: Partial<Place>, field: 'location' | 'meetingUrl') => void; error: (field: 'location' | 'meetingUrl') => string | undefined }) {
  const { t } = useTranslation('invite-to-interview');
  if (placeField(interview.type) === 'meetingUrl') {
    return (
      <Field label={t('interview.meetingUrl')} hint={t('interview.meetingUrlHint')} error={error('meetingUrl')}>
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            required
            value={interview.meetingUrl}
            onChange={(event) => onChange({ meetingUrl: event.target.value }, 'meetingUrl')}
            data-testid="interview-meeting-url"
          />
        )}
      </Field>
    );
  }
  return (
    <Field label={t('interview.location')} hint={t(`interview.locationHint.${interview.type}`)} error={error('location')}>
      {(control) => (
        <input
          {...control}
          maxLength={MAX_LOCATION_LENGTH}
          value={interview.location}
          onChange={(event) => onChange({ location: event.target.value }, 'location')}
          data-testid="interview-location"
        />
      )}
    </Field>
  );
}
