import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { occupancy } from '../booking-offers/occupancy';
import { offerPath } from '../booking-offers/offer-path';
import type { CalendarInterview } from './queries';

type Offered = CalendarInterview & { offer: NonNullable<CalendarInterview['offer']> };

export const isOffered = (interview: CalendarInterview): interview is Offered => interview.offer !== null;

/** A slot no candidate has booked yet: a time held open, not an interview. */
export const isFreeSlot = (interview: CalendarInterview) => interview.offer !== null && occupancy(interview.offer.booked, interview.offer.seats) === 'free';

/**
 * What marks an offered slot in the calendar: "Ledig tid" or "Booket tid", the seats taken of a group ("2/4"), and
 * the way to the offer's page. The words carry it; the dashed, lighter card only repeats it.
 */
export function OfferedSlotMark({ interview, time }: { interview: Offered; time: string }) {
  const { t } = useTranslation('recruitment-calendar');
  const { offer } = interview;
  const free = occupancy(offer.booked, offer.seats) === 'free';
  return (
    <p className="rc-offered-mark">
      <span className={`badge ${free ? 'rc-offered-free' : 'rc-offered-booked'}`} data-testid="calendar-offered-state">
        {t(free ? 'offered.free' : 'offered.booked')}
        {offer.seats > 1 && (
          <>
            {' '}
            <span aria-hidden="true">{t('offered.seatsShort', { booked: offer.booked, seats: offer.seats })}</span>
            <span className="visually-hidden">{t('offered.seats', { booked: offer.booked, seats: offer.seats })}</span>
          </>
        )}
      </span>{' '}
      <Link to={offerPath(interview.project.id, offer.id)} className="rc-offered-link" data-testid="calendar-offer-link">
        {t('offered.open')}
        <span className="visually-hidden"> {time}</span>
      </Link>
    </p>
  );
}
