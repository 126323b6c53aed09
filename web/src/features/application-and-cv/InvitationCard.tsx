import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationAndCv } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime, formatShortDateTime, formatTimeRange, zoneName } from '../../time/format';
import { DeliveryBadge, NoReplyBadge, ResponseStatusBadge } from './Badges';
import { listOfNames } from './display';
import { EditInvitation } from './EditInvitationDialog';

type Invitation = ApplicationAndCv['invitations'][number];
type Reminder = ApplicationAndCv['reminders'][number];

/** One interview invitation: when (in the organisation's zone), what kind, where, with whom, and the answer. */
export function InvitationCard({ invitation, reminders }: { invitation: Invitation; reminders: Reminder[] }) {
  const { t } = useTranslation('application-and-cv');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const headingId = useId();
  const { interview } = invitation;
  const zone = organisation.timeZone;
  const cancelled = interview.status === 'cancelled';
  const [notice, setNotice] = useState('');

  return (
    <article className={`cv-invitation${cancelled ? ' cv-invitation-cancelled' : ''}`} aria-labelledby={headingId} data-testid="invitation">
      <header className="cv-invitation-header">
        <h3 id={headingId}>
          {t(`interviewType.${interview.type}`)}
          {cancelled && <span className="visually-hidden">{` (${t('invitations.cancelledShort')})`}</span>}
        </h3>
        <div className="cv-badges">
          <span className="muted small">{t('invitations.answer')}</span>
          <ResponseStatusBadge status={invitation.responseStatus} />
          {invitation.noReply && <NoReplyBadge />}
        </div>
      </header>
      {cancelled && (
        <p className="notice notice-warning cv-cancelled-note">
          <span aria-hidden="true">⊘ </span>
          {t('invitations.cancelled')}
        </p>
      )}
      <p className="cv-invitation-time">
        <time dateTime={interview.startsAt} data-testid="interview-time">
          {formatDateTime(interview.startsAt, zone, language)}
        </time>
      </p>
      <p className="muted small cv-invitation-span">
        {t('invitations.span', { range: formatTimeRange(interview.startsAt, interview.endsAt, zone, language), minutes: interview.durationMinutes })} ·{' '}
        {zoneName(zone, language, new Date(interview.startsAt))}
      </p>
      <dl className="details cv-details">
        {interview.meetingUrl ? (
          <>
            <dt>{t('invitations.meetingLink')}</dt>
            <dd>
              <a href={interview.meetingUrl} target="_blank" rel="noopener noreferrer" className="cv-break">
                {interview.meetingUrl}
              </a>
            </dd>
          </>
        ) : null}
        {interview.location || !interview.meetingUrl ? (
          <>
            <dt>{t('invitations.place')}</dt>
            <dd className={interview.location ? undefined : 'muted'}>{interview.location ?? t('invitations.noPlace')}</dd>
          </>
        ) : null}
        <dt>{t('invitations.recruiters')}</dt>
        <dd>{listOfNames(interview.recruiters.map((recruiter) => recruiter.name), language)}</dd>
      </dl>
      <h4 className="cv-reminders-heading">{t('reminders.heading')}</h4>
      <ReminderList reminders={reminders} zone={zone} />
      <div role="status" className="cv-edit-outcome">
        {notice && (
          <p className="notice notice-info" data-testid="edit-notice">
            {notice}
          </p>
        )}
      </div>
      {!cancelled && (
        <div className="cv-invitation-actions">
          <EditInvitation invitation={invitation} applicationId={invitation.applicationId} onDone={setNotice} />
        </div>
      )}
    </article>
  );
}

/** Reminders: which channel, when due or sent (in the organisation's zone), and where they are. */
export function ReminderList({ reminders, zone }: { reminders: Reminder[]; zone: string }) {
  const { t } = useTranslation('application-and-cv');
  const language = useLanguage();
  if (reminders.length === 0) return <p className="muted small">{t('reminders.none')}</p>;
  return (
    <ul className="cv-reminders" data-testid="reminders">
      {reminders.map((reminder) => (
        <li key={reminder.id}>
          <span className="cv-reminder-what">{t('reminders.item', { channel: t(`channel.${reminder.channel}`) })}</span>
          <span className="muted small">
            {t(reminder.sentAt ? 'reminders.sent' : reminder.status === 'cancelled' ? 'reminders.wasDue' : 'reminders.due', {
              time: formatShortDateTime(reminder.sentAt ?? reminder.dueAt, zone, language),
            })}
          </span>
          <DeliveryBadge status={reminder.status} />
        </li>
      ))}
    </ul>
  );
}
