import { BOOKING_INVITATION_VARIABLES } from '@domain/template';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useSignedIn } from '../../app/session';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import type { SentSummary } from '../application-handling/sent-summary';
import { CandidatePreview } from './CandidatePreview';
import { EmailSection } from './EmailSection';
import { offeredSummary, sentSummary } from './invitation-answers';
import { languageTabs } from './message-languages';
import { MESSAGE_NS } from './message-namespace';
import { prefilledMessage } from './message-prefill';
import { messageProblems } from './message-problems';
import { invitationPreviewQuery, messageTemplatesQuery, offerPreviewQuery } from './message-queries';
import { offerRefusals } from './offer-refusals';
import { offerRequest, type OfferRequest } from './offer-request';
import { ReminderSection } from './ReminderSection';
import { namedField, refusedField } from './send-error';
import { sendRefusal, sendWarnings } from './send-warnings';
import { SendWarnings } from './SendWarnings';
import { useRefusalWords } from './useRefusalWords';
import { PREVIEW_DELAY_MS, useSettled } from './useSettled';
import { invitationRequest, type CandidateLanguage, type InvitationRequest, type InviteWizardState, type MessageStep } from './wizard-state';
import './message-step.css';

interface MessageStepFormProps {
  state: InviteWizardState;
  onChange: (message: MessageStep) => void;
  onBack: () => void;
  onSent: (summary: SentSummary) => void;
}

/**
 * Step 2 of Indkald til samtale: the email and the reminder, then Send. The first time it opens it fills itself
 * from the organisation's templates, in each language the chosen candidates will get: the interview invitation, or
 * when times are offered the invitation to book, whose link leads to the booking page.
 */
export function MessageStepForm({ state, onChange, onBack, onSent }: MessageStepFormProps) {
  const me = useSignedIn();
  const { organisation } = me;
  const templates = useQuery({ ...messageTemplatesQuery(state.mode), enabled: state.message === null });
  const tabs = useMemo(
    () => languageTabs(state.applicants, organisation.languages, organisation.defaultLanguage),
    [state.applicants, organisation.languages, organisation.defaultLanguage],
  );

  const needsFilling = state.message === null;
  useEffect(() => {
    if (needsFilling && templates.data) {
      onChange(
        prefilledMessage(
          tabs.map((tab) => tab.language),
          templates.data,
          me.email,
        ),
      );
    }
  }, [needsFilling, templates.data, tabs, me.email, onChange]);

  if (templates.isError) return <ErrorNotice error={templates.error} onRetry={() => void templates.refetch()} />;
  if (!state.message) return <PageLoading rows={6} />;
  return <MessageStepFields state={state} message={state.message} tabs={tabs} onChange={onChange} onBack={onBack} onSent={onSent} />;
}

interface FieldsProps extends Omit<MessageStepFormProps, 'state'> {
  state: InviteWizardState;
  message: MessageStep;
  tabs: ReturnType<typeof languageTabs>;
}

function MessageStepFields({ state, message, tabs, onChange, onBack, onSent }: FieldsProps) {
  const { t } = useTranslation(MESSAGE_NS);
  const words = useRefusalWords();
  const { organisation } = useSignedIn();
  const languages = tabs.map((tab) => tab.language);
  const firstLanguage = languages[0] ?? organisation.defaultLanguage;
  const [emailTab, setEmailTab] = useState<CandidateLanguage>(firstLanguage);
  const [reminderTab, setReminderTab] = useState<CandidateLanguage>(firstLanguage);
  const [shownId, setShownId] = useState<string | null>(state.applicants[0]?.applicationId ?? null);
  const [tried, setTried] = useState(false);
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const notice = useRef<HTMLDivElement>(null);

  const isOffer = state.mode === 'offer';
  const problems = messageProblems(message, languages, isOffer ? BOOKING_INVITATION_VARIABLES : undefined);
  const request = isOffer ? offerRequest(state) : invitationRequest(state);
  const settled = useSettled<InvitationRequest | OfferRequest>(request, PREVIEW_DELAY_MS);
  // The server would refuse the texts as they stand; the last good preview stays up while they are put right.
  // One of the two asks: an offer's preview has its slots and no reminder per candidate until one books.
  const invitationPreview = useQuery({ ...invitationPreviewQuery(state.projectId, settled as InvitationRequest), enabled: !isOffer && problems.length === 0 });
  const offerPreview = useQuery({ ...offerPreviewQuery(state.projectId, settled as OfferRequest), enabled: isOffer && problems.length === 0 });
  const preview = isOffer ? offerPreview : invitationPreview;
  const isUpdating = preview.isFetching || JSON.stringify(request) !== JSON.stringify(settled);
  const recipients = preview.data?.recipients;
  const reminderRecipients = isOffer ? [] : (invitationPreview.data?.recipients ?? []);

  const warnings = sendWarnings({
    applicants: state.applicants,
    message,
    preview: preview.data ? { recipients: reminderRecipients, warnings: preview.data.warnings } : null,
    written: organisation.languages,
    organisationDefault: organisation.defaultLanguage,
  });
  const refusal = sendRefusal(message, problems, warnings);

  const params = { path: { projectId: state.projectId } };
  const send = useMutation({
    mutationFn: async (): Promise<SentSummary> =>
      isOffer
        ? offeredSummary(await unwrap(api.POST('/api/projects/{projectId}/booking-offers', { params, body: offerRequest(state) })))
        : sentSummary(await unwrap(api.POST('/api/projects/{projectId}/interview-invitations', { params, body: invitationRequest(state) }))),
    onSuccess: onSent,
    onError: (error) => goTo(refusedField(error) ?? 'notice'),
  });

  function change(next: MessageStep) {
    if (send.isError) send.reset();
    onChange(next);
  }

  // Goes to the field named: its language's tab first, then the field itself once that tab is on screen.
  function goTo(path: string) {
    const field = namedField(path);
    if (field && field.text === 'email') setEmailTab(field.language as CandidateLanguage);
    if (field && field.text !== 'email' && field.text !== 'sender') setReminderTab(field.language as CandidateLanguage);
    setFocusPath(path);
  }

  useEffect(() => {
    if (!focusPath) return;
    const frame = requestAnimationFrame(() => {
      const marked = document.querySelector<HTMLElement>(`[data-field="${focusPath}"]`);
      // A checkbox is marked on its label; its input takes the focus.
      const target = marked?.matches('input, textarea, select') ? marked : (marked?.querySelector<HTMLElement>('input') ?? notice.current);
      target?.focus();
      setFocusPath(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusPath]);

  function trySend() {
    setTried(true);
    if (refusal === 'problems') goTo(problems[0]?.path ?? 'notice');
    else if (refusal === 'missing_mobile') goTo('send-without-sms');
    else send.mutate();
  }

  // The server's refusal of a field, from Send or else from the preview (which checks the same): the preview's
  // shows at the field while typing, so a sender address the organisation lacks is caught before Send.
  const failure = send.isError ? send.error : preview.isError && !preview.isFetching ? preview.error : null;
  const refusedPath = failure ? refusedField(failure) : null;
  const reasonText = failure ? words.why(failure) : '';
  const refusedName = refusedPath ? words.fieldName(refusedPath) : null;
  // The times themselves (step 1's) were refused, say because the first has passed since: they are put right there.
  const timesRefused = failure ? offerRefusals(failure)[0] : undefined;

  const sender = message.from.trim() || organisation.defaultSenderAddress;

  return (
    <div className="ms-step" data-testid="message-step">
      <div className="ms-layout">
        <EmailSection
          message={message}
          onChange={change}
          tabs={tabs}
          selected={emailTab}
          onSelect={setEmailTab}
          refusal={(path) => (path === refusedPath ? reasonText : undefined)}
          isOffer={isOffer}
        />
        <aside className="ms-aside" aria-label={t('preview.heading')}>
          {preview.isError && !preview.data ? (
            refusedPath && refusedName ? (
              <p className="notice notice-error" data-testid="preview-refused">
                {t('refusal.inField', { field: refusedName, reason: reasonText })}
              </p>
            ) : (
              <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
            )
          ) : recipients ? (
            <CandidatePreview recipients={recipients} shownId={shownId} onShow={setShownId} sender={sender} isUpdating={isUpdating} />
          ) : problems.length > 0 ? (
            <p className="muted ms-preview">{t('preview.waitsForFields')}</p>
          ) : (
            <PageLoading rows={4} />
          )}
        </aside>
        <ReminderSection
          reminder={message.reminder}
          onChange={(reminder) =>
            change({
              ...message,
              reminder,
              // Accepting no SMS for some was said of one SMS reminder; another choice asks again.
              sendWithoutSmsToMissingMobile: reminder.channel === message.reminder.channel ? message.sendWithoutSmsToMissingMobile : false,
            })
          }
          tabs={tabs}
          selected={reminderTab}
          onSelect={setReminderTab}
          interviewDate={isOffer ? '' : state.interview.date}
          recipients={reminderRecipients}
          shownId={shownId}
          refusal={(path) => (path === refusedPath ? reasonText : undefined)}
          isOffer={isOffer}
        />
      </div>

      <SendWarnings
        warnings={warnings}
        sendWithoutSms={message.sendWithoutSmsToMissingMobile}
        onSendWithoutSmsChange={(sendAnyway) => change({ ...message, sendWithoutSmsToMissingMobile: sendAnyway })}
      />

      <div ref={notice} tabIndex={-1} className="ms-notice-anchor">
        {send.isError ? (
          <div className="notice notice-error" role="alert" data-testid="send-error">
            <p>
              {timesRefused
                ? t('refusal.times', { reason: timesRefused.reason === 'other' ? timesRefused.message : t(`refusals.${timesRefused.reason}`, { ns: 'invite-to-interview' }) })
                : refusedName
                  ? t('refusal.inField', { field: refusedName, reason: reasonText })
                  : reasonText}
            </p>
          </div>
        ) : (
          tried &&
          refusal && (
            <div className="notice notice-error" role="alert" data-testid="send-refused">
              <p>{t(refusal === 'problems' ? 'refusal.fixFields' : 'refusal.confirmMissingMobile', { count: warnings.missingMobile.length })}</p>
            </div>
          )
        )}
      </div>

      <div className="ms-actions">
        <Button onPress={onBack} data-testid="wizard-back">
          {t('back')}
        </Button>
        <Button variant="primary" onPress={trySend} isPending={send.isPending} data-testid="wizard-send">
          {t('send')}
        </Button>
      </div>
    </div>
  );
}
