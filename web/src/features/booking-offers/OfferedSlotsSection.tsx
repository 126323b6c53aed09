import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatTimeRange } from '../../time/format';
import { dayLabel } from '../recruitment-calendar/dates';
import { occupancy } from './occupancy';
import type { BookingOffer, OfferedSlot } from './queries';
import { slotsByDay } from './slot-days';

/** The offered times by day, in the organisation's zone: each booked (by whom, linked) or free. */
export function OfferedSlotsSection({ offer }: { offer: BookingOffer }) {
  const { t } = useTranslation('booking-offers');
  const language = useLanguage();
  const zone = useSignedIn().organisation.timeZone;
  const days = slotsByDay(offer.slots, zone);
  return (
    <section className="bo-section" aria-labelledby="bo-slots-heading">
      <h2 id="bo-slots-heading">{t('slots.heading', { count: offer.slots.length })}</h2>
      <ol className="bo-days" data-testid="offer-days">
        {days.map((day) => (
          <li key={day.date} className="bo-day" data-testid={`offer-day-${day.date}`}>
            <h3 className="bo-day-heading">{dayLabel(day.date, language)}</h3>
            <ul className="bo-slots">
              {day.slots.map((slot) => (
                <SlotRow key={slot.id} slot={slot} time={formatTimeRange(slot.startsAt, slot.endsAt, zone, language)} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

function SlotRow({ slot, time }: { slot: OfferedSlot; time: string }) {
  const { t } = useTranslation('booking-offers');
  const cancelled = slot.status === 'cancelled';
  const state = cancelled ? 'cancelled' : occupancy(slot.booked, slot.seats);
  return (
    <li className={`bo-slot bo-slot-${state}`} data-testid="offer-slot">
      <span className="bo-slot-time" data-testid="offer-slot-time">
        {time}
      </span>
      <span className="bo-slot-state" data-testid="offer-slot-state">
        {cancelled ? (
          t('slots.cancelled')
        ) : slot.seats > 1 ? (
          t('slots.seats', { booked: slot.booked, seats: slot.seats })
        ) : state === 'free' ? (
          t('slots.free')
        ) : (
          t('slots.bookedBy')
        )}
      </span>
      {slot.bookings.length > 0 && (
        <ul className="bo-bookings" aria-label={t('slots.bookings', { time })}>
          {slot.bookings.map((booking) => (
            <li key={booking.invitationId}>
              <Link to={`/applications/${booking.applicationId}`} data-testid="offer-slot-booker">
                {booking.candidate.firstName} {booking.candidate.lastName}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
