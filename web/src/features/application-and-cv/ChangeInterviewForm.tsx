import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatLocalDateTime } from '../../time/format';
import { DateField } from '../../ui/DateField';
import { TextInput } from '../../ui/TextInput';
import { TimeField } from '../../ui/TimeField';
import { listOfNames } from './display';
import { TextArea } from '../../ui/TextArea';
import { Confirmation, ContinueButton, EditFailure, type ActionProps } from './EditParts';
import {
  changesOnlyRecruiters,
  editInterviewSchema,
  initialValues,
  interviewChange,
  MAX_DURATION_MINUTES,
  MAX_MESSAGE_LENGTH,
  MIN_DURATION_MINUTES,
  recruiterChoices,
  type EditInterviewValues,
} from './interview-form';
import { applicationKey, changeInterview, interviewKey } from './queries';
import type { InterviewChange } from '../../api/types';
import { localDateTime } from '../../time/wall-clock';

/** 1. Move or change: the form, then who will be emailed, then the PATCH. */
export function ChangeInterviewForm({ invitation, applicationId, invitees, onDone }: ActionProps) {
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
  const takenOff = pending ? interview.recruiters.filter((recruiter) => !pending.values.recruiterIds.includes(recruiter.id)) : [];
  const onlyRecruiters = pending !== null && changesOnlyRecruiters(pending.change);
  const everyone = [...(onlyRecruiters ? [] : (invitees ?? [])), ...recruiters, ...takenOff];

  const send = useMutation({
    mutationFn: (body: InterviewChange) => changeInterview(interview.id, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKey(applicationId) }),
        queryClient.invalidateQueries({ queryKey: interviewKey(interview.id) }),
      ]);
      const names = listOfNames(everyone.map((person) => person.name), language);
      onDone(t(onlyRecruiters ? 'edit.change.doneRecruiters' : 'edit.change.done', { names }));
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
          <Controller
            control={form.control}
            name="date"
            render={({ field }) => (
              <DateField
                label={t('edit.change.date')}
                value={field.value}
                onChange={field.onChange}
                minValue={today}
                errorMessage={error('date')}
                isRequired
                name={field.name}
                ref={field.ref}
                data-testid="change-date"
              />
            )}
          />
          <Controller
            control={form.control}
            name="time"
            render={({ field }) => (
              <TimeField
                label={t('edit.change.time')}
                value={field.value}
                onChange={field.onChange}
                errorMessage={error('time')}
                isRequired
                name={field.name}
                ref={field.ref}
                data-testid="change-time"
              />
            )}
          />
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
        {send.isError && <EditFailure error={send.error} lead={t('edit.change.failed')} focusRef={failureRef} />}
        <ContinueButton testId="change-continue" />
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
          <p>{t(onlyRecruiters ? 'edit.change.consequencesRecruiters' : 'edit.change.consequences')}</p>
          {pending.change.message && <p className="muted small">{t('edit.withMessage')}</p>}
        </Confirmation>
      )}
    </>
  );
}
