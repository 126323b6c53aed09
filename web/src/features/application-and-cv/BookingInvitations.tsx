import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatShortDateTime, formatTimeRange } from '../../time/format';
import { localDateTime } from '../../time/wall-clock';
import { offerPath } from '../booking-offers/offer-path';
import { dayLabel } from '../recruitment-calendar/dates';
import { NoReplyBadge } from './Badges';
import { bookingInvitationState, type BookingInvitation } from './booking-invitation-state';

/**
 * The candidate's invitations to choose a time themselves: booked or not yet (with the deadline and the no-reply
 * flag), each leading to the offer's page. A booked time is also an interview below, to edit as any other.
 */
export function BookingInvitations({ invitations, projectId }: { invitations: BookingInvitation[]; projectId: string }) {
  const { t } = useTranslation('application-and-cv');
  const language = useLanguage();
  const zone = useSignedIn().organisation.timeZone;
  if (invitations.length === 0) return null;
  return (
    <ul className="cv-booking-invitations" aria-label={t('booking.label')}>
      {invitations.map((invitation) => {
        const state = bookingInvitationState(invitation);
        const when = invitation.slot
          ? `${dayLabel(localDateTime(invitation.slot.startsAt, zone).date, language)} ${formatTimeRange(invitation.slot.startsAt, invitation.slot.endsAt, zone, language)}`
          : '';
        return (
          <li key={invitation.id} className={`cv-booking cv-booking-${state}`} data-testid="booking-invitation">
            <span data-testid="booking-invitation-text">{t(`booking.${state}`, { when, deadline: formatShortDateTime(invitation.deadlineAt, zone, language) })}</span>
            {invitation.noReply && state === 'awaiting' && <NoReplyBadge />}
            <Link to={offerPath(projectId, invitation.offerId)} className="cv-booking-link" data-testid="booking-invitation-offer">
              {t('booking.open')}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
