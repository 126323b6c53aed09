import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { listOfNames } from './display';
import { TextArea } from '../../ui/TextArea';
import { Confirmation, ContinueButton, EditFailure, type ActionProps } from './EditParts';
import { MAX_MESSAGE_LENGTH } from './interview-form';
import { applicationKey, cancelInterview, interviewKey } from './queries';

/** 2. Cancel: an optional message, then who will be told, then the POST. */
export function CancelInterviewForm({ invitation, applicationId, invitees, onDone }: ActionProps) {
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
        {cancel.isError && <EditFailure error={cancel.error} lead={t('edit.cancel.failed')} />}
        <ContinueButton testId="cancel-continue" />
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
