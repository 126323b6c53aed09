import { useQuery } from '@tanstack/react-query';
import { Button as AriaButton, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ApplicationAndCv } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatShortDateTime } from '../../time/format';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { DeliveryBadge } from './Badges';
import { messageQuery } from './queries';
import { SendAgain } from './SendAgain';

type MessageSummary = ApplicationAndCv['messages'][number];

/** The message's subject as a button; pressing it opens the message, read from the server, in a dialog. */
export function MessageDialogTrigger({ message, applicationId }: { message: MessageSummary; applicationId: string }) {
  const { t } = useTranslation('application-and-cv');
  const subject = message.subject || (message.channel === 'sms' ? t('messages.smsWithoutSubject') : t('messages.noSubject'));
  return (
    <DialogTrigger>
      <AriaButton className="cv-link-button" aria-label={t('messages.open', { subject })} data-testid="open-message">
        {subject}
      </AriaButton>
      <ModalOverlay className="modal-overlay cv-modal-overlay" isDismissable>
        <Modal className="modal cv-modal">
          <Dialog className="cv-dialog" data-testid="message-dialog">
            {({ close }) => (
              <>
                <div className="cv-dialog-header">
                  <Heading slot="title">{subject}</Heading>
                  <Button variant="quiet" onPress={close}>
                    {t('message.close')}
                  </Button>
                </div>
                <MessageContent messageId={message.id} applicationId={applicationId} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function MessageContent({ messageId, applicationId }: { messageId: string; applicationId: string }) {
  const { t } = useTranslation('application-and-cv');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const message = useQuery(messageQuery(messageId));
  if (message.isPending) return <PageLoading rows={4} />;
  if (message.isError) return <ErrorNotice error={message.error} onRetry={() => void message.refetch()} />;
  const { data } = message;
  const zone = organisation.timeZone;
  return (
    <>
      <dl className="details cv-details">
        <dt>{t('message.sender')}</dt>
        <dd className="cv-break">{data.sender}</dd>
        <dt>{t('message.recipient')}</dt>
        <dd className="cv-break">{data.recipient}</dd>
        <dt>{t('messages.kind')}</dt>
        <dd>
          {t(`messageKind.${data.kind}`)} · {t(`channel.${data.channel}`)}
        </dd>
        <dt>{t('messages.when')}</dt>
        <dd>
          {t(data.sentAt ? 'messages.sentAt' : data.status === 'cancelled' ? 'messages.wasDue' : 'messages.due', {
            time: formatShortDateTime(data.sentAt ?? data.dueAt, zone, language),
          })}
        </dd>
        <dt>{t('message.status')}</dt>
        <dd>
          <DeliveryBadge status={data.status} />
          {data.attempts > 0 && <span className="muted small"> {t('messages.attempts', { count: data.attempts })}</span>}
          {data.status === 'failed' && data.error && <p className="cv-error">{t('messages.failedBecause', { error: data.error })}</p>}
        </dd>
      </dl>
      {data.status === 'failed' && <SendAgain messageId={data.id} applicationId={applicationId} />}
      <h3 className="cv-dialog-text-heading">{t('message.text')}</h3>
      <div className="message-text" data-testid="message-text">
        {data.text}
      </div>
      {data.text.includes('{confirmlink}') && <p className="muted small">{t('message.confirmLinkNote')}</p>}
    </>
  );
}
