import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { applicationKey, messageKey, retryMessage } from './queries';

/** "Send again" for a failed message; the lists refresh from the server, a refusal is told beside the button. */
export function SendAgain({ messageId, applicationId }: { messageId: string; applicationId: string }) {
  const { t } = useTranslation('application-and-cv');
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => retryMessage(messageId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationKey(applicationId) }),
        queryClient.invalidateQueries({ queryKey: messageKey(messageId) }),
      ]),
  });
  return (
    <div className="cv-send-again">
      <Button onPress={() => retry.mutate()} isPending={retry.isPending} data-testid="send-again">
        {t('messages.sendAgain')}
      </Button>
      <span aria-live="polite" className="cv-send-again-outcome">
        {retry.isError ? (
          <span className="field-error" role="alert">
            {errorText(retry.error, t)}
          </span>
        ) : retry.isSuccess ? (
          <span className="small">{t('messages.sentAgain')}</span>
        ) : null}
      </span>
    </div>
  );
}
