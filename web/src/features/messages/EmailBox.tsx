import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Answer } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatShortDateTime } from '../../time/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { boxSearch } from './box-params';
import { BoxSummary, EmptyBox, InactiveBox } from './BoxStates';
import { isAnswerPageLink, linksIn } from './links';
import { isInactiveBox, mailboxQuery, mailQuery } from './queries';

type MailSummary = Answer<'/api/dev-mailbox'>['items'][number];

/** The email box: the list, and the opened email beside it (on a phone, instead of it, with a way back). */
export function EmailBox({ open }: { open: string | null }) {
  const { t } = useTranslation('messages');
  const mailbox = useQuery(mailboxQuery);

  if (mailbox.isPending) return <PageLoading />;
  if (mailbox.isError) {
    if (isInactiveBox(mailbox.error)) return <InactiveBox text={t('email.notActive')} />;
    return <ErrorNotice error={mailbox.error} onRetry={() => void mailbox.refetch()} />;
  }
  const items = [...mailbox.data.items].sort((a, b) => Date.parse(b.deliveredAt) - Date.parse(a.deliveredAt));
  if (items.length === 0 && !open) return <EmptyBox title={t('email.empty')} why={t('email.emptyWhy')} />;
  const summary = items.find((item) => item.id === open);

  return (
    <div className={`msg-mailbox${open ? ' msg-mailbox-open' : ''}`}>
      <div className="msg-list-pane">
        <h2 className="visually-hidden">{t('email.heading')}</h2>
        <BoxSummary count={t('email.count', { count: items.length })} onRefresh={() => void mailbox.refetch()} isRefreshing={mailbox.isFetching} />
        <MailList items={items} open={open} />
      </div>
      <div className="msg-detail-pane">
        {open ? <EmailDetail key={open} mailId={open} summary={summary} /> : <p className="msg-choose muted">{t('email.choose')}</p>}
      </div>
    </div>
  );
}

function MailList({ items, open }: { items: MailSummary[]; open: string | null }) {
  const { t } = useTranslation('messages');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  return (
    <ul className="msg-list" aria-label={t('email.list')} data-testid="mailbox-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={boxSearch('email', item.id)} className="msg-item" aria-current={item.id === open ? 'true' : undefined} data-testid="mailbox-item">
            <span className="msg-item-subject">{item.subject || t('email.noSubject')}</span>
            <span className="msg-item-meta">
              <span className="msg-item-recipient">{item.recipient}</span>
              <time dateTime={item.deliveredAt}>{formatShortDateTime(item.deliveredAt, organisation.timeZone, language)}</time>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Whether the list and the email stand one instead of the other (a phone), as in messages.css. */
const NARROW = '(max-width: 720px)';

function EmailDetail({ mailId, summary }: { mailId: string; summary: MailSummary | undefined }) {
  const { t } = useTranslation('messages');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const mail = useQuery(mailQuery(mailId));
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = mail.isSuccess;

  // On a phone the list gives way to the email: the focus follows, or it would be lost with the list.
  useEffect(() => {
    if (loaded && window.matchMedia(NARROW).matches) heading.current?.focus();
  }, [loaded]);

  const back = (
    <Link to={boxSearch('email')} className="msg-back">
      <span aria-hidden="true">‹ </span>
      {t('email.back')}
    </Link>
  );
  if (mail.isPending)
    return (
      <div className="msg-detail">
        {back}
        <PageLoading rows={5} />
      </div>
    );
  if (mail.isError)
    return (
      <div className="msg-detail">
        {back}
        <ErrorNotice error={mail.error} onRetry={() => void mail.refetch()} />
      </div>
    );

  const { data } = mail;
  const subject = data.subject || t('email.noSubject');
  const links = linksIn(data.text);
  return (
    <article className="msg-detail" aria-labelledby="msg-detail-subject" data-testid="email-detail">
      {back}
      <h2 id="msg-detail-subject" ref={heading} tabIndex={-1} className="msg-detail-subject">
        {subject}
      </h2>
      {summary && (
        <dl className="details msg-details">
          <dt>{t('email.to')}</dt>
          <dd className="msg-break">{summary.recipient}</dd>
          <dt>{t('email.delivered')}</dt>
          <dd>
            <time dateTime={summary.deliveredAt}>{formatShortDateTime(summary.deliveredAt, organisation.timeZone, language)}</time>
          </dd>
        </dl>
      )}

      <section aria-labelledby="msg-links-heading" className="msg-links">
        <h3 id="msg-links-heading">{t('email.links')}</h3>
        {links.length === 0 ? (
          <p className="muted small">{t('email.noLinks')}</p>
        ) : (
          <>
            <ul data-testid="email-links" aria-labelledby="msg-links-heading">
              {links.map((link) => (
                <li key={link}>
                  <a href={link} target="_blank" rel="noopener" className="msg-break">
                    {link}
                  </a>
                  {isAnswerPageLink(link) && <span className="badge msg-answer-link">{t('email.answerPage')}</span>}
                </li>
              ))}
            </ul>
            <p className="muted small">{t('email.linksHint')}</p>
          </>
        )}
      </section>

      <h3>{t('email.html')}</h3>
      {data.html === null ? (
        <p className="muted small">{t('email.noHtml')}</p>
      ) : (
        <iframe
          className="msg-html"
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          src={`/api/dev-mailbox/${encodeURIComponent(data.id)}/html`}
          title={t('email.htmlTitle', { subject })}
          data-testid="email-html"
        />
      )}

      <h3>{t('email.text')}</h3>
      <div className="message-text" data-testid="email-text">
        {data.text}
      </div>
    </article>
  );
}
