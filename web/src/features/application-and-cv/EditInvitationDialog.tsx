import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { forwardRef, useEffect, useId, useMemo, useRef, useState, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { useForm } from 'react-hook-form';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay, Radio, RadioGroup, Tab, TabList, TabPanel, Tabs, Text, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { ApplicationAndCv } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../time/format';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { errorText } from '../../ui/error-text';
import { PageLoading } from '../../ui/PageLoading';
import { TextInput } from '../../ui/TextInput';
import { formatLocalDateTime, listOfNames } from './display';
import {
  editInterviewSchema,
  initialValues,
  interviewChange,
  localDateTime,
  MAX_DURATION_MINUTES,
  MAX_MESSAGE_LENGTH,
  MIN_DURATION_MINUTES,
  recruiterChoices,
  type EditInterviewValues,
  type InterviewChange,
} from './interview-form';
import { cancelsReminders, PHONE_ANSWERS, preselectedAnswer } from './phone-answer';
import { applicationKey, cancelInterview, changeInterview, interviewKey, interviewQuery, recordPhoneAnswer, type PhoneAnswer } from './queries';

type Invitation = ApplicationAndCv['invitations'][number];
interface Person {
  name: string;
  email: string;
}
interface ActionProps {
  invitation: Invitation;
  applicationId: string;
  /** Who is invited to the interview (a group interview has more than this candidate); null while being read. */
  invitees: Person[] | null;
  onDone: (notice: string) => void;
}

/**
 * "Rediger mødeindkaldelse": a button on the invitation card opening a dialog to move or change the interview,
 * cancel it, or record an answer the candidate gave by phone. Each action says whom it will email before it does.
 */
export function EditInvitation({ invitation, applicationId, onDone }: { invitation: Invitation; applicationId: string; onDone: (notice: string) => void }) {
  const { t } = useTranslation('application-and-cv');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const [isOpen, setOpen] = useState(false);
  const finish = (notice: string) => {
    setOpen(false);
    onDone(notice);
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button data-testid="edit-invitation">{t('edit.open')}</Button>
      <ModalOverlay className="modal-overlay cv-modal-overlay">
        <Modal className="modal cv-modal">
          <Dialog className="cv-dialog" data-testid="edit-dialog">
            {({ close }) => (
              <>
                <div className="cv-dialog-header">
                  <div>
                    <Heading slot="title">{t('edit.title')}</Heading>
                    <p className="muted small cv-edit-subtitle">
                      {t(`interviewType.${invitation.interview.type}`)} · {formatDateTime(invitation.interview.startsAt, organisation.timeZone, language)}
                    </p>
                  </div>
                  <Button variant="quiet" onPress={close} data-testid="edit-close">
                    {t('message.close')}
                  </Button>
                </div>
                <EditActions invitation={invitation} applicationId={applicationId} onDone={finish} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function EditActions({ invitation, applicationId, onDone }: Omit<ActionProps, 'invitees'>) {
  const { t } = useTranslation('application-and-cv');
  const interview = useQuery(interviewQuery(invitation.interview.id));
  const invitees = useMemo(
    () =>
      interview.data?.invitations
        .filter((other) => other.responseStatus !== 'not_relevant')
        .map((other) => ({ name: `${other.application.candidate.firstName} ${other.application.candidate.lastName}`, email: other.application.candidate.email })) ?? null,
    [interview.data],
  );
  const props = { invitation, applicationId, invitees, onDone };
  return (
    <>
      {interview.isError && <ErrorNotice error={interview.error} onRetry={() => void interview.refetch()} />}
      <Tabs className="cv-edit-tabs">
        <TabList aria-label={t('edit.actions')} className="cv-edit-tab-list">
          <Tab id="change" className="cv-edit-tab" data-testid="edit-tab-change">
            {t('edit.change.tab')}
          </Tab>
          <Tab id="cancel" className="cv-edit-tab" data-testid="edit-tab-cancel">
            {t('edit.cancel.tab')}
          </Tab>
          <Tab id="answer" className="cv-edit-tab" data-testid="edit-tab-answer">
            {t('edit.answer.tab')}
          </Tab>
        </TabList>
        <TabPanel id="change" className="cv-edit-panel">
          <ChangeInterview {...props} />
        </TabPanel>
        <TabPanel id="cancel" className="cv-edit-panel">
          <CancelInterview {...props} />
        </TabPanel>
        <TabPanel id="answer" className="cv-edit-panel">
          <RecordAnswer {...props} />
        </TabPanel>
      </Tabs>
    </>
  );
}

/** 1. Move or change: the form, then who will be emailed, then the PATCH. */
function ChangeInterview({ invitation, applicationId, invitees, onDone }: ActionProps) {
  const { t } = useTranslation('application-and-cv');
  const me = useSignedIn();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const zone = me.organisation.timeZone;
  const { interview } = invitation;
  const schema = useMemo(() => editInterviewSchema(interview.type, zone), [interview.type, zone]);
  const form = useForm<EditInterviewValues>({ resolver: zodResolver(schema), mode: 'onChange', defaultValues: initialValues(interview, zone) });
  // The checked values and the body made from them, while the confirmation step shows.
  const [pending, setPending] = useState<{ change: InterviewChange; values: EditInterviewValues } | null>(null);
  const [nothingChanged, setNothingChanged] = useState(false);
  const choices = recruiterChoices(interview.recruiters, { id: me.id, name: me.name, email: me.email });
  const failureRef = useRef<HTMLDivElement>(null);
  const recruiters = pending ? choices.filter((recruiter) => pending.values.recruiterIds.includes(recruiter.id)) : [];
  const everyone = [...(invitees ?? []), ...recruiters];

  const send = useMutation({
    mutationFn: (body: InterviewChange) => changeInterview(interview.id, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKey(applicationId) }),
        queryClient.invalidateQueries({ queryKey: interviewKey(interview.id) }),
      ]);
      onDone(t('edit.change.done', { names: listOfNames(everyone.map((person) => person.name), language) }));
    },
    onError: () => setPending(null),
  });
  useEffect(() => {
    if (send.isError && !pending) failureRef.current?.focus();
  }, [send.isError, pending]);

  const { errors } = form.formState;
  const error = (field: keyof EditInterviewValues) => {
    const message = errors[field]?.message;
    return message ? t(`edit.errors.${message}`, { min: MIN_DURATION_MINUTES, max: MAX_DURATION_MINUTES }) : undefined;
  };
  const isVideo = interview.type === 'video';
  const today = localDateTime(new Date(), zone).date;
  const recruitersErrorId = useId();

  return (
    <>
      <form
        noValidate
        hidden={pending !== null}
        onSubmit={form.handleSubmit((valid) => {
          const body = interviewChange(valid, interview, zone);
          setNothingChanged(body === null);
          if (body) setPending({ change: body, values: valid });
        })}
        data-testid="change-form"
      >
        <div className="cv-edit-grid">
          <TextInput label={t('edit.change.date')} type="date" min={today} error={error('date')} {...form.register('date')} data-testid="change-date" />
          <TextInput label={t('edit.change.time')} type="time" error={error('time')} {...form.register('time')} data-testid="change-time" />
          <TextInput
            label={t('edit.change.duration')}
            type="number"
            inputMode="numeric"
            min={MIN_DURATION_MINUTES}
            max={MAX_DURATION_MINUTES}
            error={error('durationMinutes')}
            {...form.register('durationMinutes')}
          />
        </div>
        <TextInput
          label={t(isVideo ? 'edit.change.meetingUrl' : 'edit.change.location')}
          type={isVideo ? 'url' : 'text'}
          error={error('place')}
          {...form.register('place')}
        />
        <fieldset className="cv-edit-fieldset" aria-describedby={errors.recruiterIds ? recruitersErrorId : undefined} aria-invalid={errors.recruiterIds ? true : undefined}>
          <legend>{t('edit.change.recruiters')}</legend>
          {choices.map((recruiter) => (
            <label key={recruiter.id} className="cv-edit-check">
              <input type="checkbox" value={recruiter.id} {...form.register('recruiterIds')} />
              <span>
                {recruiter.name} <span className="muted small cv-break">{recruiter.email}</span>
              </span>
            </label>
          ))}
          {errors.recruiterIds && (
            <p id={recruitersErrorId} className="field-error">
              {error('recruiterIds')}
            </p>
          )}
        </fieldset>
        <TextArea label={t('edit.message')} hint={t('edit.messageHint')} maxLength={MAX_MESSAGE_LENGTH} error={error('message')} {...form.register('message')} />
        {nothingChanged && (
          <p className="notice notice-info" role="alert">
            {t('edit.change.nothingChanged')}
          </p>
        )}
        {send.isError && (
          <div className="notice notice-error" role="alert" tabIndex={-1} ref={failureRef} data-testid="edit-failure">
            <p>{failureText(send.error, t('edit.change.failed'), t)}</p>
          </div>
        )}
        <div className="cv-edit-actions">
          <Button type="submit" variant="primary" data-testid="change-continue">
            {t('edit.continue')}
          </Button>
        </div>
      </form>
      {pending && (
        <Confirmation
          heading={t('edit.change.confirmHeading')}
          onBack={() => {
            setPending(null);
            form.setFocus('date');
          }}
          onConfirm={() => send.mutate(pending.change)}
          confirmLabel={t('edit.change.send')}
          isPending={send.isPending}
          recipients={invitees && everyone}
          testId="change-confirm"
        >
          <dl className="details cv-details">
            <dt>{t('edit.change.newTime')}</dt>
            <dd data-testid="confirm-new-time">
              {formatLocalDateTime(pending.values.date, pending.values.time, language)} ({t('edit.change.minutes', { count: Number(pending.values.durationMinutes) })})
            </dd>
            <dt>{t(isVideo ? 'edit.change.meetingUrl' : 'edit.change.location')}</dt>
            <dd className="cv-break">{pending.values.place.trim() || t('invitations.noPlace')}</dd>
            <dt>{t('edit.change.recruiters')}</dt>
            <dd>{listOfNames(recruiters.map((recruiter) => recruiter.name), language)}</dd>
          </dl>
          <p>{t('edit.change.consequences')}</p>
          {pending.change.message && <p className="muted small">{t('edit.withMessage')}</p>}
        </Confirmation>
      )}
    </>
  );
}

/** 2. Cancel: an optional message, then who will be told, then the POST. */
function CancelInterview({ invitation, applicationId, invitees, onDone }: ActionProps) {
  const { t } = useTranslation('application-and-cv');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const { interview } = invitation;
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const everyone = [...(invitees ?? []), ...interview.recruiters];
  const cancel = useMutation({
    mutationFn: () => cancelInterview(interview.id, message.trim()),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKey(applicationId) }),
        queryClient.invalidateQueries({ queryKey: interviewKey(interview.id) }),
      ]);
      onDone(t('edit.cancel.done', { names: listOfNames(everyone.map((person) => person.name), language) }));
    },
    onError: () => setConfirming(false),
  });
  return (
    <>
      <form
        noValidate
        hidden={confirming}
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(true);
        }}
        data-testid="cancel-form"
      >
        <p>{t('edit.cancel.intro')}</p>
        <TextArea
          label={t('edit.message')}
          hint={t('edit.messageHint')}
          maxLength={MAX_MESSAGE_LENGTH}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          data-testid="cancel-message"
        />
        {cancel.isError && (
          <div className="notice notice-error" role="alert" data-testid="edit-failure">
            <p>{failureText(cancel.error, t('edit.cancel.failed'), t)}</p>
          </div>
        )}
        <div className="cv-edit-actions">
          <Button type="submit" variant="primary" data-testid="cancel-continue">
            {t('edit.continue')}
          </Button>
        </div>
      </form>
      {confirming && (
        <Confirmation
          heading={t('edit.cancel.confirmHeading')}
          onBack={() => setConfirming(false)}
          onConfirm={() => cancel.mutate()}
          confirmLabel={t('edit.cancel.send')}
          isPending={cancel.isPending}
          recipients={invitees && everyone}
          testId="cancel-confirm"
        >
          <p>{t('edit.cancel.consequences')}</p>
          {message.trim() && <p className="muted small">{t('edit.withMessage')}</p>}
        </Confirmation>
      )}
    </>
  );
}

/** 3. An answer given by phone: the choice, then what follows from it, then the PATCH. */
function RecordAnswer({ invitation, applicationId, onDone }: ActionProps) {
  const { t } = useTranslation('application-and-cv');
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState<PhoneAnswer | null>(preselectedAnswer(invitation.responseStatus));
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const recruiters = invitation.interview.recruiters;
  const record = useMutation({
    mutationFn: (chosen: PhoneAnswer) => recordPhoneAnswer(invitation.id, chosen),
    onSuccess: async (_, chosen) => {
      await queryClient.invalidateQueries({ queryKey: applicationKey(applicationId) });
      onDone(t('edit.answer.done', { answer: t(`responseStatus.${chosen}`), names: listOfNames(recruiters.map((r) => r.name), language) }));
    },
    onError: () => setConfirming(false),
  });
  return (
    <>
      <form
        noValidate
        hidden={confirming}
        onSubmit={(event) => {
          event.preventDefault();
          setMissing(answer === null);
          if (answer) setConfirming(true);
        }}
        data-testid="answer-form"
      >
        <RadioGroup
          className="cv-edit-radios"
          value={answer}
          onChange={(value) => {
            setAnswer(value as PhoneAnswer);
            setMissing(false);
          }}
          isInvalid={missing}
        >
          <Label className="field-label">{t('edit.answer.label')}</Label>
          {PHONE_ANSWERS.map((option) => (
            <Radio key={option} value={option} className="cv-edit-radio" data-testid={`answer-${option}`}>
              {t(`responseStatus.${option}`)}
            </Radio>
          ))}
          {missing && (
            <Text slot="errorMessage" className="field-error">
              {t('edit.errors.answerMissing')}
            </Text>
          )}
        </RadioGroup>
        {record.isError && (
          <div className="notice notice-error" role="alert" data-testid="edit-failure">
            <p>{failureText(record.error, t('edit.answer.failed'), t)}</p>
          </div>
        )}
        <div className="cv-edit-actions">
          <Button type="submit" variant="primary" data-testid="answer-continue">
            {t('edit.continue')}
          </Button>
        </div>
      </form>
      {confirming && answer && (
        <Confirmation
          heading={t('edit.answer.confirmHeading')}
          onBack={() => setConfirming(false)}
          onConfirm={() => record.mutate(answer)}
          confirmLabel={t('edit.answer.send')}
          isPending={record.isPending}
          recipients={recruiters}
          testId="answer-confirm"
        >
          <p>{t('edit.answer.consequences', { answer: t(`responseStatus.${answer}`) })}</p>
          {cancelsReminders(answer) && <p data-testid="answer-cancels-reminders">{t('edit.answer.cancelsReminders')}</p>}
          <p>{t('edit.answer.candidateNotEmailed')}</p>
        </Confirmation>
      )}
    </>
  );
}

/** The step before anything is sent: what will happen, exactly who gets an email, and the button that does it. */
function Confirmation({
  heading,
  children,
  recipients,
  onBack,
  onConfirm,
  confirmLabel,
  isPending,
  testId,
}: {
  heading: string;
  children: ReactNode;
  recipients: Person[] | null;
  onBack: () => void;
  onConfirm: () => void;
  confirmLabel: string;
  isPending: boolean;
  testId: string;
}) {
  const { t } = useTranslation('application-and-cv');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="cv-edit-confirm" data-testid={testId} aria-labelledby={`${testId}-heading`}>
      <h3 id={`${testId}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {children}
      {recipients ? (
        <>
          <h4 className="cv-edit-recipients-heading">{t('edit.recipients', { count: recipients.length })}</h4>
          <ul className="cv-edit-recipients" data-testid="recipients">
          {recipients.map((person) => (
            <li key={person.email}>
              {person.name} <span className="muted small cv-break">{person.email}</span>
            </li>
          ))}
          </ul>
        </>
      ) : (
        <PageLoading rows={2} />
      )}
      <div className="cv-edit-actions">
        <Button onPress={onBack} isDisabled={isPending}>
          {t('edit.back')}
        </Button>
        <Button variant="primary" onPress={onConfirm} isPending={isPending} isDisabled={!recipients} data-testid={`${testId}-send`}>
          {confirmLabel}
        </Button>
      </div>
    </section>
  );
}

/** The server's refusal in words; a conflict (the interview has started, or is cancelled) says so first. */
function failureText(error: unknown, lead: string, t: Parameters<typeof errorText>[1]): string {
  const reason = errorText(error, t);
  return error instanceof ApiError && error.status === 409 ? `${lead} ${reason}` : reason;
}

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled text area with a hint, and its error tied to it: the message to the invitees. */
const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea({ label, hint, error, ...props }, ref) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted small cv-edit-hint">
          {hint}
        </p>
      )}
      <textarea ref={ref} id={id} rows={3} className="cv-edit-textarea" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...props} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
});
