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
import { sentSummary } from './invitation-answers';
import { languageTabs } from './message-languages';
import { MESSAGE_NS } from './message-namespace';
import { prefilledMessage } from './message-prefill';
import { messageProblems } from './message-problems';
import { invitationPreviewQuery, messageTemplatesQuery } from './message-queries';
import { ReminderSection } from './ReminderSection';
import { namedField, refusedField } from './send-error';
import { sendRefusal, sendWarnings } from './send-warnings';
import { SendWarnings } from './SendWarnings';
import { useRefusalWords } from './useRefusalWords';
import { useSettled } from './useSettled';
import { invitationRequest, type CandidateLanguage, type InviteWizardState, type MessageStep } from './wizard-state';
import './message-step.css';

interface MessageStepFormProps {
  state: InviteWizardState;
  onChange: (message: MessageStep) => void;
  onBack: () => void;
  onSent: (summary: SentSummary) => void;
}

/**
 * Step 2 of Indkald til samtale: the email and the reminder, then Send. The first time it opens it fills itself
 * from the organisation's templates, in each language the chosen candidates will get.
 */
export function MessageStepForm({ state, onChange, onBack, onSent }: MessageStepFormProps) {
  const me = useSignedIn();
  const { organisation } = me;
  const templates = useQuery({ ...messageTemplatesQuery, enabled: state.message === null });
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

/** How long the preview waits for the recruiter to pause typing before asking the server. */
const PREVIEW_DELAY_MS = 400;

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

  const problems = messageProblems(message, languages);
  const request = invitationRequest(state);
  const settled = useSettled(request, PREVIEW_DELAY_MS);
  // The server would refuse the texts as they stand; the last good preview stays up while they are put right.
  const preview = useQuery({ ...invitationPreviewQuery(state.projectId, settled), enabled: problems.length === 0 });
  const isUpdating = preview.isFetching || JSON.stringify(request) !== JSON.stringify(settled);

  const warnings = sendWarnings({
    applicants: state.applicants,
    message,
    preview: preview.data ?? null,
    written: organisation.languages,
    organisationDefault: organisation.defaultLanguage,
  });
  const refusal = sendRefusal(message, problems, warnings);

  const send = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/projects/{projectId}/interview-invitations', { params: { path: { projectId: state.projectId } }, body: invitationRequest(state) })),
    onSuccess: (sent) => onSent(sentSummary(sent)),
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
          ) : preview.data ? (
            <CandidatePreview recipients={preview.data.recipients} shownId={shownId} onShow={setShownId} sender={sender} isUpdating={isUpdating} />
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
          interviewDate={state.interview.date}
          recipients={preview.data?.recipients ?? []}
          shownId={shownId}
          refusal={(path) => (path === refusedPath ? reasonText : undefined)}
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
            <p>{refusedName ? t('refusal.inField', { field: refusedName, reason: reasonText }) : reasonText}</p>
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
