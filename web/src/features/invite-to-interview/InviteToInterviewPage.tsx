import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { useSignedIn } from '../../app/session';
import { tabStorage } from '../../app/tab-storage';
import { useLanguage } from '../../i18n/useLanguage';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { Button } from '../../ui/Button';
import { listOfNames } from '../application-and-cv/display';
import { projectQuery } from '../application-handling/queries';
import { EMPTY_SELECTION, loadSelection, saveSelection } from '../application-handling/selection';
import { sentState, type SentSummary } from '../application-handling/sent-summary';
import { InterviewStepForm } from './InterviewStepForm';
import { LeaveQuestion } from './LeaveQuestion';
import { MessageStepForm } from './MessageStepForm';
import { OfferStepForm } from './OfferStepForm';
import { freshWizard, hasChanges, withMode, wizardToOpen } from './wizard-start';
import type { InviteMode, InviteWizardState, MessageStep } from './wizard-state';
import { forgetWizard, loadWizard, saveWizard } from './wizard-storage';
import './invite-to-interview.css';

/**
 * Indkald til samtale: the walk-through that Execute on All applications opens for the ticked applicants. Step 1
 * is the interview, at a time the recruiter fixes or at times offered for each applicant to book one (Tilbyd
 * tider); step 2 the email and reminder. Everything typed is kept in the tab, so a reload loses nothing;
 * leaving with changes asks first, and sending or closing forgets it.
 */
export function InviteToInterviewPage() {
  const { projectId = '' } = useParams();
  return <InviteWizard key={projectId} projectId={projectId} />;
}

function InviteWizard({ projectId }: { projectId: string }) {
  const { t } = useTranslation('invite-to-interview');
  const me = useSignedIn();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const project = useQuery(projectQuery(projectId));
  const allApplications = `/projects/${projectId}/applications`;

  // The applicants are the ones ticked on All applications; a stored wizard for the same ones is resumed.
  const [fresh] = useState(() => {
    const applicants = [...loadSelection(tabStorage(), projectId).values()].map(({ id, name, language: candidateLanguage, hasMobile }) => ({
      applicationId: id,
      name,
      language: candidateLanguage,
      hasMobile,
    }));
    return freshWizard(projectId, applicants, me.id);
  });
  const [wizard, setWizard] = useState<InviteWizardState>(() => wizardToOpen(loadWizard(tabStorage(), projectId), fresh));
  const changed = hasChanges(wizard, fresh);
  // Set once the wizard is done with (sent, or closing confirmed): nothing more is kept, and leaving is not asked.
  const finished = useRef(false);

  useEffect(() => {
    if (finished.current) return;
    // Changed back to how it started: nothing to bring back after a reload.
    if (changed) saveWizard(tabStorage(), wizard);
    else forgetWizard(tabStorage(), projectId);
  }, [wizard, changed, projectId]);

  // A new step is a new page to the reader: start at its top, where the step is named.
  const stepRef = useRef<HTMLParagraphElement>(null);
  const shownStep = useRef(wizard.step);
  useEffect(() => {
    if (shownStep.current === wizard.step) return;
    shownStep.current = wizard.step;
    stepRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [wizard.step]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => !finished.current && changed && currentLocation.pathname !== nextLocation.pathname);

  function forget() {
    finished.current = true;
    forgetWizard(tabStorage(), projectId);
  }

  async function onSent(summary: SentSummary) {
    forget();
    saveSelection(tabStorage(), projectId, EMPTY_SELECTION);
    // Statuses, counts, the calendar and the mailbox have all changed. Marked stale only: each screen fetches afresh
    // when it is shown, and this one's own preview is not asked again on its way out.
    await queryClient.invalidateQueries({ refetchType: 'none' });
    navigate(allApplications, { state: sentState(summary) });
  }

  // Stable, as step 2 fills itself in from the templates in an effect that depends on it.
  const changeMessage = useCallback((message: MessageStep) => setWizard((current) => ({ ...current, message })), []);
  const backToInterview = useCallback(() => setWizard((current) => ({ ...current, step: 1 })), []);
  const changeMode = (mode: InviteMode) => setWizard((current) => withMode(current, mode));

  const stepName = wizard.step === 1 ? t('stepName.interview') : t('stepName.message');
  const names = useMemo(() => wizard.applicants.map((applicant) => applicant.name), [wizard.applicants]);

  return (
    <section className="iw-page" aria-labelledby="iw-title">
      <Breadcrumb
        items={[
          { label: t('frame.recruitmentOverview', { ns: 'common' }), to: '/projects' },
          { label: project.data?.title ?? t('title', { ns: 'application-handling' }), to: allApplications },
          { label: t('title') },
        ]}
      />
      <header className="iw-header">
        <div className="iw-title-row">
          <div>
            <h1 id="iw-title">{t('title')}</h1>
            <p ref={stepRef} tabIndex={-1} className="iw-step" data-testid="wizard-step">
              {t('step', { step: wizard.step, name: stepName })}
            </p>
          </div>
          <Button variant="quiet" onPress={() => navigate(allApplications)} data-testid="wizard-close">
            {t('close')}
          </Button>
        </div>
        {names.length > 0 && (
          <p className="muted iw-applicants" data-testid="wizard-applicants">
            {t('applicants', { count: names.length, names: listOfNames(names, language) })}
          </p>
        )}
      </header>

      {wizard.applicants.length === 0 ? (
        <div className="empty">
          <p>{t('noApplicants.text')}</p>
          <Link to={allApplications}>{t('noApplicants.back')}</Link>
        </div>
      ) : wizard.step === 1 && wizard.mode === 'offer' ? (
        <OfferStepForm
          wizard={wizard}
          onInterview={(interview) => setWizard((current) => ({ ...current, interview }))}
          onOffer={(offer) => setWizard((current) => ({ ...current, offer }))}
          onMode={changeMode}
          onNext={() => setWizard((current) => ({ ...current, step: 2 }))}
        />
      ) : wizard.step === 1 ? (
        <InterviewStepForm
          wizard={wizard}
          onChange={(interview) => setWizard((current) => ({ ...current, interview }))}
          onMode={changeMode}
          onReorder={(applicants) => setWizard((current) => ({ ...current, applicants }))}
          onNext={() => setWizard((current) => ({ ...current, step: 2 }))}
        />
      ) : (
        <MessageStepForm state={wizard} onChange={changeMessage} onBack={backToInterview} onSent={onSent} />
      )}

      <LeaveQuestion
        isOpen={blocker.state === 'blocked'}
        onStay={() => blocker.reset?.()}
        onLeave={() => {
          forget();
          blocker.proceed?.();
        }}
      />
    </section>
  );
}
