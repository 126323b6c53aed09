import { useTranslation } from 'react-i18next';
import type { ApplicationAndCv } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatShortDateTime } from '../../time/format';
import { DeliveryBadge } from './Badges';
import { newestFirst } from './display';
import { MessageDialogTrigger } from './MessageDialog';
import { SendAgain } from './SendAgain';

type MessageSummary = ApplicationAndCv['messages'][number];

/** Every email and SMS about the application, newest first, with where each is on its way. */
export function MessagesSection({ messages, applicationId }: { messages: MessageSummary[]; applicationId: string }) {
  const { t } = useTranslation('application-and-cv');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const zone = organisation.timeZone;
  return (
    <section className="cv-section" aria-labelledby="cv-messages-heading">
      <h2 id="cv-messages-heading">{t('messages.heading')}</h2>
      {messages.length === 0 ? (
        <p className="empty">{t('messages.none')}</p>
      ) : (
        <>
          <p className="muted small">{t('messages.intro')}</p>
          <table className="table table-cards cv-messages" data-testid="application-messages">
            <thead>
              <tr>
                <th scope="col">{t('messages.subject')}</th>
                <th scope="col">{t('messages.kind')}</th>
                <th scope="col">{t('messages.recipient')}</th>
                <th scope="col">{t('messages.when')}</th>
                <th scope="col">{t('messages.status')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst(messages, (message) => message.createdAt).map((message) => (
                <tr key={message.id} data-testid="application-message">
                  <td data-label={t('messages.subject')}>
                    <MessageDialogTrigger message={message} applicationId={applicationId} />
                  </td>
                  <td data-label={t('messages.kind')}>
                    {t(`messageKind.${message.kind}`)}
                    <span className="muted small cv-channel"> · {t(`channel.${message.channel}`)}</span>
                  </td>
                  <td data-label={t('messages.recipient')} className="cv-break-word">
                    {message.recipient}
                  </td>
                  <td data-label={t('messages.when')}>
                    {t(message.sentAt ? 'messages.sentAt' : message.status === 'cancelled' ? 'messages.wasDue' : 'messages.due', {
                      time: formatShortDateTime(message.sentAt ?? message.dueAt, zone, language),
                    })}
                  </td>
                  <td data-label={t('messages.status')}>
                    <DeliveryBadge status={message.status} />
                    {message.status === 'failed' && (
                      <>
                        {message.error && <p className="cv-error">{t('messages.failedBecause', { error: message.error })}</p>}
                        <SendAgain messageId={message.id} applicationId={applicationId} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
