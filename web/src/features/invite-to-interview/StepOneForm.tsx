import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { breakChoices, durationChoices } from './interview-step';
import { InterviewTypeField } from './InterviewTypeField';
import { MinutesSelect } from './MinutesSelect';
import { OutstandingProblems } from './OutstandingProblems';
import { RecruitersField } from './RecruitersField';
import { WayChoice } from './WayChoice';
import type { InterviewStep, InviteMode, InviteWizardState } from './wizard-state';

interface StepOneFormProps {
  wizard: InviteWizardState;
  onMode: (mode: InviteMode) => void;
  /** Next pressed: the form decides whether to go on. */
  onNext: () => void;
  /** A change of the interview, and the field visited by it (for when its problem is shown). */
  change: (field: string | null, patch: Partial<InterviewStep>) => void;
  shown: (field: string) => string | undefined;
  /** The way's own fields: between the recruiters and the end of the form's column. */
  children: ReactNode;
  /** Beside the fields: what the choices mean, from the server's preview. */
  aside: ReactNode;
  summaryRef: RefObject<HTMLDivElement | null>;
  outstanding: string[] | null;
}

/**
 * Step 1 as both ways have it: how the applicants get their time, the interview's type and recruiters, the way's own
 * fields with the preview beside them, what is still missing, and Next.
 */
export function StepOneForm({ wizard, onMode, onNext, change, shown, children, aside, summaryRef, outstanding }: StepOneFormProps) {
  const { t } = useTranslation('invite-to-interview');
  const { interview } = wizard;
  return (
    <form
      noValidate
      className="iw-step-form"
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
      data-testid="interview-step"
    >
      <WayChoice value={wizard.mode} isGroup={interview.type === 'group'} onChange={onMode} />
      <div className="iw-columns">
        <div className="iw-fields">
          <InterviewTypeField value={interview.type} onChange={(type) => change(null, { type })} />
          <RecruitersField value={interview.recruiterIds} onChange={(recruiterIds) => change('recruiterIds', { recruiterIds })} error={shown('recruiterIds')} />
          {children}
        </div>
        {aside}
      </div>

      <OutstandingProblems summaryRef={summaryRef} texts={outstanding} />

      <div className="iw-actions iw-nav">
        <Button type="submit" variant="primary" data-testid="wizard-next">
          {t('next')}
        </Button>
      </div>
    </form>
  );
}

/** The interview's length, and the break between one and the next when there is a next (`withBreak`). */
export function LengthFields({ interview, change, labels, withBreak, children }: { interview: InterviewStep; change: StepOneFormProps['change']; labels: { duration: string; break: string }; withBreak: boolean; children?: ReactNode }) {
  return (
    <div className="iw-when iw-lengths">
      <MinutesSelect
        label={labels.duration}
        value={interview.durationMinutes}
        choices={durationChoices(interview.durationMinutes)}
        onChange={(durationMinutes) => change(null, { durationMinutes })}
        testId="interview-duration"
      />
      {withBreak && (
        <MinutesSelect
          label={labels.break}
          value={interview.breakMinutes}
          choices={breakChoices(interview.breakMinutes)}
          onChange={(breakMinutes) => change(null, { breakMinutes })}
          testId="interview-break"
        />
      )}
      {children}
    </div>
  );
}
