import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedIn } from '../../app/session';
import { LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';
import { formatTimeRange } from '../../time/format';
import { dayLabel } from '../recruitment-calendar/dates';
import { occupancy, slotWording } from './occupancy';
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

/** A group's bookers by name, as the reader's language sorts them: the server gives them in no set order. */
const byName = (bookings: OfferedSlot['bookings'], locale: string) =>
  [...bookings].sort((a, b) => `${a.candidate.firstName} ${a.candidate.lastName}`.localeCompare(`${b.candidate.firstName} ${b.candidate.lastName}`, locale));

function SlotRow({ slot, time }: { slot: OfferedSlot; time: string }) {
  const { t } = useTranslation('booking-offers');
  const locale = LOCALES[useLanguage()];
  const cancelled = slot.status === 'cancelled';
  const state = cancelled ? 'cancelled' : occupancy(slot.booked, slot.seats);
  return (
    <li className={`bo-slot bo-slot-${state}`} data-testid="offer-slot">
      <span className="bo-slot-time" data-testid="offer-slot-time">
        {time}
      </span>
      <span className="bo-slot-state" data-testid="offer-slot-state">
        {t(`slots.${slotWording(slot.booked, slot.seats, cancelled)}`, { booked: slot.booked, seats: slot.seats })}
      </span>
      {slot.bookings.length > 0 && (
        <ul className="bo-bookings" aria-label={t('slots.bookings', { time })}>
          {byName(slot.bookings, locale).map((booking) => (
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
