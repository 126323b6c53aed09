import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatShortDateTime } from '../../time/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { BoxSummary, EmptyBox, InactiveBox } from './BoxStates';
import { linksIn } from './links';
import { isInactiveBox, smsBoxQuery } from './queries';

/** The SMS box: each text message whole, as short as they are. */
export function SmsBox() {
  const { t } = useTranslation('messages');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const box = useQuery(smsBoxQuery);

  if (box.isPending) return <PageLoading />;
  if (box.isError) {
    if (isInactiveBox(box.error)) return <InactiveBox text={t('sms.notActive')} />;
    return <ErrorNotice error={box.error} onRetry={() => void box.refetch()} />;
  }
  const items = [...box.data.items].sort((a, b) => Date.parse(b.deliveredAt) - Date.parse(a.deliveredAt));
  if (items.length === 0) return <EmptyBox title={t('sms.empty')} why={t('sms.emptyWhy')} />;

  return (
    <div className="msg-sms-box">
      <h2 className="visually-hidden">{t('sms.heading')}</h2>
      <BoxSummary count={t('sms.count', { count: items.length })} onRefresh={() => void box.refetch()} isRefreshing={box.isFetching} />
      <ul className="msg-sms-list" aria-label={t('sms.list')} data-testid="sms-list">
        {items.map((sms) => {
          const links = linksIn(sms.body);
          return (
            <li key={sms.id} className="msg-sms">
              <dl className="msg-sms-meta">
                <div>
                  <dt>{t('sms.to')}</dt>
                  <dd className="msg-break">{sms.recipient}</dd>
                </div>
                <div>
                  <dt>{t('sms.delivered')}</dt>
                  <dd>
                    <time dateTime={sms.deliveredAt}>{formatShortDateTime(sms.deliveredAt, organisation.timeZone, language)}</time>
                  </dd>
                </div>
              </dl>
              <div className="message-text msg-sms-body">{sms.body}</div>
              {links.length > 0 && (
                <ul className="msg-sms-links" aria-label={t('sms.links')}>
                  {links.map((link) => (
                    <li key={link}>
                      <a href={link} target="_blank" rel="noopener" className="msg-break">
                        {link}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
