import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { Field } from '../../ui/Field';
import type { OfferRefusal } from './offer-refusals';
import { MAX_SEATS_PER_SLOT, offerProblems, type OfferProblem } from './offer-step';
import { OfferPreview } from './OfferPreview';
import { OfferTimesFields } from './OfferTimesFields';
import { PlaceField } from './PlaceField';
import { LengthFields, StepOneForm } from './StepOneForm';
import { useOfferPreview } from './useOfferPreview';
import { useStepProblems } from './useStepProblems';
import type { InterviewStep, InviteMode, InviteWizardState, OfferStep } from './wizard-state';
import './offer-times.css';

/** An empty field, or a window or slot not filled in yet, is named once visited or after Next; a wrong one at once. */
const ONLY_ONCE_VISITED: readonly OfferProblem[] = ['recruitersMissing', 'meetingUrlMissing', 'timesMissing', 'windowIncomplete', 'slotIncomplete', 'deadlineIncomplete'];

interface OfferStepFormProps {
  wizard: InviteWizardState;
  onInterview: (interview: InterviewStep) => void;
  onOffer: (offer: OfferStep) => void;
  onMode: (mode: InviteMode) => void;
  onNext: () => void;
}

/**
 * Step 1 when times are offered (Tilbyd tider): the interview's type, recruiters, slot length, break, seats per slot
 * for a group and place; the windows and single slots offered; and until when the applicants can book. Beside it
 * the server's preview of the slots, whose refusal of a window is shown at that window.
 */
export function OfferStepForm({ wizard, onInterview, onOffer, onMode, onNext }: OfferStepFormProps) {
  const { t } = useTranslation('invite-to-interview');
  const zone = useSignedIn().organisation.timeZone;
  const { interview, offer } = wizard;
  const step = useStepProblems(offerProblems(interview, offer, zone, new Date()), ONLY_ONCE_VISITED);
  const offerPreview = useOfferPreview(wizard, step.outstanding.length === 0);
  const { refusals } = offerPreview;

  const fieldName = (field: string) => {
    const numbered = /^(windows|slots)\[(\d+)\]$/.exec(field);
    if (numbered) return t(numbered[1] === 'windows' ? 'offer.window' : 'offer.slot', { number: Number(numbered[2]) + 1 });
    return t(`offer.fieldNames.${field}`, { defaultValue: field });
  };
  const refusalWhy = (refusal: OfferRefusal) => (refusal.reason === 'other' ? refusal.message : t(`refusals.${refusal.reason}`));
  const refusalText = (refusal: OfferRefusal) => t('offer.at', { field: fieldName(refusal.field), problem: refusalWhy(refusal) });
  const problemText = (field: string, problem: OfferProblem) =>
    /^(windows|slots)\[/.test(field) || field === 'deadline' ? t('offer.at', { field: fieldName(field), problem: t(`errors.${problem}`) }) : t(`errors.${problem}`);
  // Ours first (they keep the preview from asking), else the server's.
  const shown = (field: string) => {
    const problem = step.shown(field);
    if (problem) return t(`errors.${problem}`);
    const refusal = refusals.find((each) => each.field === field);
    return refusal ? refusalWhy(refusal) : undefined;
  };
  const change = (field: string | null, patch: Partial<InterviewStep>) => {
    if (field) step.visit(field);
    onInterview({ ...interview, ...patch });
  };
  const outstanding = step.triedNext ? [...step.outstanding.map(([field, problem]) => problemText(field, problem)), ...refusals.map(refusalText)] : null;

  return (
    <StepOneForm
      wizard={wizard}
      onMode={onMode}
      onNext={() => {
        if (!step.tryNext()) return;
        // The server has refused the times as they stand: going on would only be refused again at Send.
        if (refusals.length > 0) step.summaryRef.current?.focus();
        else onNext();
      }}
      change={change}
      shown={shown}
      aside={
        <OfferPreview
          offerPreview={offerPreview}
          isReady={step.outstanding.length === 0}
          hasDeadline={offer.deadline.date !== '' && offer.deadline.time !== ''}
          applicants={wizard.applicants.length}
          refusalText={refusalText}
        />
      }
      summaryRef={step.summaryRef}
      outstanding={outstanding}
    >
      {/* Every type has times one after another, a group's too, so the break is always there to choose. */}
      <LengthFields interview={interview} change={change} labels={{ duration: t('offer.duration'), break: t('offer.break') }} withBreak>
        {interview.type === 'group' && (
          <Field label={t('offer.seats')} error={shown('seatsPerSlot')}>
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_SEATS_PER_SLOT}
                value={offer.seatsPerSlot}
                onChange={(event) => onOffer({ ...offer, seatsPerSlot: Math.min(MAX_SEATS_PER_SLOT, Math.max(1, Math.trunc(Number(event.target.value)) || 1)) })}
                data-testid="offer-seats"
              />
            )}
          </Field>
        )}
      </LengthFields>
      <PlaceField interview={interview} onChange={(patch, field) => change(field, patch)} error={shown} />
      <OfferTimesFields offer={offer} onChange={onOffer} error={shown} />
    </StepOneForm>
  );
}
