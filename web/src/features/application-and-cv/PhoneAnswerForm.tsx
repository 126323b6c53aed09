import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { listOfNames } from './display';
import { Confirmation, ContinueButton, EditFailure, type ActionProps } from './EditParts';
import { cancelsReminders, PHONE_ANSWERS, preselectedAnswer } from './phone-answer';
import { applicationKey, recordPhoneAnswer, type PhoneAnswer } from './queries';

/** 3. An answer given by phone: the choice, then what follows from it, then the PATCH. */
export function PhoneAnswerForm({ invitation, applicationId, onDone }: ActionProps) {
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
        {record.isError && <EditFailure error={record.error} lead={t('edit.answer.failed')} />}
        <ContinueButton testId="answer-continue" />
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
