import { INTERVIEW_TYPES } from '@domain/interview';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { localDateTime } from '../../time/wall-clock';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Field } from '../../ui/Field';
import { PageLoading } from '../../ui/PageLoading';
import { TimeField } from '../../ui/TimeField';
import {
  breakChoices,
  durationChoices,
  FIELD_ORDER,
  interviewProblems,
  MAX_LOCATION_LENGTH,
  placeField,
  type InterviewField,
  type InterviewProblem,
} from './interview-step';
import { recruitersQuery } from '../../api/queries';
import { SlotOrder } from './SlotOrder';
import type { InterviewStep, InterviewType, InvitedApplicant, InviteWizardState } from './wizard-state';

/** Problems of an empty field wait until the recruiter has been there or pressed Next; what was typed wrong shows at once. */
const ONLY_ONCE_VISITED: readonly InterviewProblem[] = ['recruitersMissing', 'dateMissing', 'timeMissing', 'meetingUrlMissing'];

/**
 * Step 1, the interview: the source's type, participating recruiters, date, time and duration, and where it takes
 * place. Checked as it is filled in, in the organisation's zone; Next names whatever is still missing.
 */
export function InterviewStepForm({
  wizard,
  onChange,
  onReorder,
  onNext,
}: {
  wizard: InviteWizardState;
  onChange: (interview: InterviewStep) => void;
  onReorder: (applicants: InvitedApplicant[]) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation('invite-to-interview');
  const me = useSignedIn();
  const zone = me.organisation.timeZone;
  const { interview } = wizard;
  const recruiters = useQuery(recruitersQuery);
  const [visited, setVisited] = useState<ReadonlySet<InterviewField>>(new Set());
  const [triedNext, setTriedNext] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const problems = interviewProblems(interview, zone, new Date());
  const shown = (field: InterviewField) => {
    const problem = problems[field];
    if (!problem || (ONLY_ONCE_VISITED.includes(problem) && !triedNext && !visited.has(field))) return undefined;
    return t(`errors.${problem}`);
  };
  const change = (field: InterviewField | null, patch: Partial<InterviewStep>) => {
    if (field && !visited.has(field)) setVisited(new Set([...visited, field]));
    onChange({ ...interview, ...patch });
  };
  const outstanding = FIELD_ORDER.flatMap((field) => (problems[field] ? [problems[field]] : []));

  const place = placeField(interview.type);
  const today = localDateTime(new Date(), zone).date;
  const recruitersError = shown('recruiterIds');
  const choices = recruiters.data?.items ?? [];

  return (
    <form
      noValidate
      className="iw-step-form"
      onSubmit={(event) => {
        event.preventDefault();
        setTriedNext(true);
        if (outstanding.length > 0) summaryRef.current?.focus();
        else onNext();
      }}
      data-testid="interview-step"
    >
      <div className="iw-columns">
        <div className="iw-fields">
          <RadioGroup
            className="iw-types"
            value={interview.type}
            onChange={(type) => change(null, { type: type as InterviewType })}
            data-testid="interview-type"
          >
            <Label className="field-label">{t('interview.type')}</Label>
            <div className="iw-type-list">
              {INTERVIEW_TYPES.map((type) => (
                <Radio key={type} value={type} className="iw-type radio-mark" data-testid={`interview-type-${type}`}>
                  {t(`interview.types.${type}`)}
                </Radio>
              ))}
            </div>
          </RadioGroup>

          <fieldset className="iw-fieldset" aria-invalid={recruitersError ? true : undefined} aria-describedby={recruitersError ? 'iw-recruiters-error' : undefined} data-testid="recruiters">
            <legend>{t('interview.recruiters')}</legend>
            {recruiters.isPending && <PageLoading rows={2} />}
            {recruiters.isError && <ErrorNotice error={recruiters.error} onRetry={() => void recruiters.refetch()} />}
            {choices.map((recruiter) => (
              <label key={recruiter.id} className="iw-check">
                <input
                  type="checkbox"
                  checked={interview.recruiterIds.includes(recruiter.id)}
                  onChange={(event) =>
                    change('recruiterIds', {
                      recruiterIds: event.target.checked
                        ? [...interview.recruiterIds, recruiter.id]
                        : interview.recruiterIds.filter((id) => id !== recruiter.id),
                    })
                  }
                />
                <span>
                  {recruiter.name}
                  {recruiter.id === me.id && <span className="muted"> ({t('interview.you')})</span>}{' '}
                  <span className="muted small iw-email">{recruiter.email}</span>
                </span>
              </label>
            ))}
            {recruitersError && (
              <p id="iw-recruiters-error" className="field-error">
                {recruitersError}
              </p>
            )}
          </fieldset>

          <div className="iw-when">
            <DateField
              label={t('interview.date')}
              value={interview.date}
              onChange={(date) => change('date', { date })}
              minValue={today}
              errorMessage={shown('date')}
              isRequired
              data-testid="interview-date"
            />
            <TimeField
              label={t('interview.time')}
              value={interview.time}
              onChange={(time) => change('time', { time })}
              errorMessage={shown('time')}
              isRequired
              data-testid="interview-time"
            />
          </div>

          <div className="iw-when">
            <MinutesSelect
              label={t('interview.duration')}
              value={interview.durationMinutes}
              choices={durationChoices(interview.durationMinutes)}
              onChange={(durationMinutes) => change(null, { durationMinutes })}
              testId="interview-duration"
            />
            {interview.type !== 'group' && (
              <MinutesSelect
                label={t('interview.break')}
                value={interview.breakMinutes}
                choices={breakChoices(interview.breakMinutes)}
                onChange={(breakMinutes) => change(null, { breakMinutes })}
                testId="interview-break"
              />
            )}
          </div>

          {place === 'meetingUrl' ? (
            <Field label={t('interview.meetingUrl')} hint={t('interview.meetingUrlHint')} error={shown('meetingUrl')}>
              {(control) => (
                <input
                  {...control}
                  type="url"
                  inputMode="url"
                  required
                  value={interview.meetingUrl}
                  onChange={(event) => change('meetingUrl', { meetingUrl: event.target.value })}
                  data-testid="interview-meeting-url"
                />
              )}
            </Field>
          ) : (
            <Field label={t('interview.location')} hint={t(`interview.locationHint.${interview.type}`)} error={shown('location')}>
              {(control) => (
                <input
                  {...control}
                  maxLength={MAX_LOCATION_LENGTH}
                  value={interview.location}
                  onChange={(event) => change('location', { location: event.target.value })}
                  data-testid="interview-location"
                />
              )}
            </Field>
          )}
        </div>

        <SlotOrder wizard={wizard} isReady={outstanding.length === 0} onReorder={onReorder} />
      </div>

      <div ref={summaryRef} tabIndex={-1} className="iw-outstanding" role="alert" data-testid="outstanding">
        {triedNext && outstanding.length > 0 && (
          <div className="notice notice-error">
            <p>{t('errors.before')}</p>
            <ul>
              {outstanding.map((problem) => (
                <li key={problem}>{t(`errors.${problem}`)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      <div className="iw-actions iw-nav">
        <Button type="submit" variant="primary" data-testid="wizard-next">
          {t('next')}
        </Button>
      </div>
    </form>
  );
}

function MinutesSelect({ label, value, choices, onChange, testId }: { label: string; value: number; choices: number[]; onChange: (minutes: number) => void; testId: string }) {
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
