import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';
import { notBooked } from './not-booked';
import type { BookingOffer } from './queries';

/** "Har ikke valgt tid": who still has to choose (flagged when there is no reply), asked for another time, or withdrew. */
export function NotBookedSection({ offer }: { offer: BookingOffer }) {
  const { t } = useTranslation('booking-offers');
  const language = useLanguage();
  const invitees = notBooked(offer.invitees, LOCALES[language]);
  return (
    <section className="bo-section" aria-labelledby="bo-not-booked-heading">
      <h2 id="bo-not-booked-heading">{t('notBooked.heading')}</h2>
      <p className="muted small">{t('notBooked.summary', { count: invitees.length, invitees: offer.invitees.length })}</p>
      {invitees.length > 0 && (
        <ul className="bo-invitees" data-testid="offer-not-booked">
          {invitees.map((invitee) => (
            <li key={invitee.bookingInvitationId} className="bo-invitee" data-testid="offer-invitee">
              <Link to={`/applications/${invitee.applicationId}`}>
                {invitee.candidate.firstName} {invitee.candidate.lastName}
              </Link>
              <span className={`badge bo-invitee-${invitee.status}`} data-testid="offer-invitee-status">
                {t(`notBooked.status.${invitee.status}`)}
              </span>
              {invitee.noReply && (
                <span className="badge bo-no-reply" data-testid="offer-no-reply">
                  <span aria-hidden="true">! </span>
                  {t('notBooked.noReply')}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
