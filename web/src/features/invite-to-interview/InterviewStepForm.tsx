import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { localDateTime } from '../../time/wall-clock';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';
import { interviewProblems, type InterviewProblem } from './interview-step';
import { PlaceField } from './PlaceField';
import { SlotOrder } from './SlotOrder';
import { LengthFields, StepOneForm } from './StepOneForm';
import { useStepProblems } from './useStepProblems';
import type { InterviewStep, InviteMode, InvitedApplicant, InviteWizardState } from './wizard-state';

/** Problems of an empty field wait until the recruiter has been there or pressed Next; what was typed wrong shows at once. */
const ONLY_ONCE_VISITED: readonly InterviewProblem[] = ['recruitersMissing', 'dateMissing', 'timeMissing', 'meetingUrlMissing'];

/**
 * Step 1, the interview at a time the recruiter fixes: the source's type, participating recruiters, date, time and
 * duration, and where it takes place. Checked as it is filled in, in the organisation's zone; Next names whatever
 * is still missing. (Offering times instead is OfferStepForm.)
 */
export function InterviewStepForm({
  wizard,
  onChange,
  onMode,
  onReorder,
  onNext,
}: {
  wizard: InviteWizardState;
  onChange: (interview: InterviewStep) => void;
  onMode: (mode: InviteMode) => void;
  onReorder: (applicants: InvitedApplicant[]) => void;
  onNext: () => void;
}) {
  const { t } = useTranslation('invite-to-interview');
  const zone = useSignedIn().organisation.timeZone;
  const { interview } = wizard;
  const step = useStepProblems(interviewProblems(interview, zone, new Date()), ONLY_ONCE_VISITED);
  const shown = (field: string) => {
    const problem = step.shown(field);
    return problem ? t(`errors.${problem}`) : undefined;
  };
  const change = (field: string | null, patch: Partial<InterviewStep>) => {
    if (field) step.visit(field);
    onChange({ ...interview, ...patch });
  };
  const today = localDateTime(new Date(), zone).date;

  return (
    <StepOneForm
      wizard={wizard}
      onMode={onMode}
      onNext={() => step.tryNext() && onNext()}
      change={change}
      shown={shown}
      aside={<SlotOrder wizard={wizard} isReady={step.outstanding.length === 0} onReorder={onReorder} />}
      summaryRef={step.summaryRef}
      outstanding={step.triedNext ? step.outstanding.map(([, problem]) => t(`errors.${problem}`)) : null}
    >
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
      {/* A group interview is one slot for everyone: there is no next one to have a break before. */}
      <LengthFields interview={interview} change={change} labels={{ duration: t('interview.duration'), break: t('interview.break') }} withBreak={interview.type !== 'group'} />
      <PlaceField interview={interview} onChange={(patch, field) => change(field, patch)} error={shown} />
    </StepOneForm>
  );
}
