import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { localDateTime } from '../../time/wall-clock';
import { zoneName } from '../../time/format';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';
import { slotField, windowField, without } from './offer-step';
import { OfferRow } from './OfferRow';
import type { OfferSlot, OfferStep, OfferWindow } from './wizard-state';

interface OfferTimesFieldsProps {
  offer: OfferStep;
  onChange: (offer: OfferStep) => void;
  /** The problem to show at a field ("windows[1]", "slots[0]", "times", "deadline"), ours or the server's. */
  error: (field: string) => string | undefined;
}

const EMPTY_WINDOW: OfferWindow = { date: '', from: '', to: '' };
const EMPTY_SLOT: OfferSlot = { date: '', time: '' };

/**
 * The times offered: windows of a day (date, from, to) filled with slots, and single slots picked one by one, each
 * added and removed by the recruiter; and until when the applicants can book. All in the organisation's zone.
 */
export function OfferTimesFields({ offer, onChange, error }: OfferTimesFieldsProps) {
  const { t } = useTranslation('invite-to-interview');
  const language = useLanguage();
  const zone = useSignedIn().organisation.timeZone;
  const today = localDateTime(new Date(), zone).date;
  const setWindow = (index: number, patch: Partial<OfferWindow>) => onChange({ ...offer, windows: offer.windows.map((window, at) => (at === index ? { ...window, ...patch } : window)) });
  const setSlot = (index: number, patch: Partial<OfferSlot>) => onChange({ ...offer, slots: offer.slots.map((slot, at) => (at === index ? { ...slot, ...patch } : slot)) });
  const timesError = error('times');
  const deadlineError = error('deadline');

  return (
    <>
      <fieldset className="iw-fieldset iw-offer-times" aria-describedby={timesError ? 'iw-times-error' : undefined} data-testid="offer-times">
        <legend>{t('offer.times')}</legend>
        <p className="muted small">{t('offer.timesHint', { zone: zoneName(zone, language) })}</p>

        {offer.windows.map((window, index) => (
          <OfferRow
            key={index}
            name={t('offer.window', { number: index + 1 })}
            removeLabel={t('offer.removeWindow', { number: index + 1 })}
            onRemove={() => onChange({ ...offer, windows: without(offer.windows, index) })}
            error={error(windowField(index))}
            errorId={`iw-window-${index}-error`}
            testId="offer-window"
          >
            <DateField label={t('interview.date')} value={window.date} onChange={(date) => setWindow(index, { date })} minValue={today} data-testid="offer-window-date" />
            <TimeField label={t('offer.from')} value={window.from} onChange={(from) => setWindow(index, { from })} data-testid="offer-window-from" />
            <TimeField label={t('offer.to')} value={window.to} onChange={(to) => setWindow(index, { to })} data-testid="offer-window-to" />
          </OfferRow>
        ))}
        <Button className="iw-offer-add" onPress={() => onChange({ ...offer, windows: [...offer.windows, EMPTY_WINDOW] })} data-testid="offer-add-window">
          {t('offer.addWindow')}
        </Button>

        {offer.slots.map((slot, index) => (
          <OfferRow
            key={index}
            name={t('offer.slot', { number: index + 1 })}
            removeLabel={t('offer.removeSlot', { number: index + 1 })}
            onRemove={() => onChange({ ...offer, slots: without(offer.slots, index) })}
            error={error(slotField(index))}
            errorId={`iw-slot-${index}-error`}
            testId="offer-slot"
          >
            <DateField label={t('interview.date')} value={slot.date} onChange={(date) => setSlot(index, { date })} minValue={today} data-testid="offer-slot-date" />
            <TimeField label={t('interview.time')} value={slot.time} onChange={(time) => setSlot(index, { time })} data-testid="offer-slot-time" />
          </OfferRow>
        ))}
        <Button className="iw-offer-add" onPress={() => onChange({ ...offer, slots: [...offer.slots, EMPTY_SLOT] })} data-testid="offer-add-slot">
          {t('offer.addSlot')}
        </Button>
        {timesError && (
          <p id="iw-times-error" className="field-error">
            {timesError}
          </p>
        )}
      </fieldset>

      <fieldset className="iw-fieldset" aria-describedby={deadlineError ? 'iw-deadline-error' : 'iw-deadline-hint'} data-testid="offer-deadline">
        <legend>{t('offer.deadline')}</legend>
        <p id="iw-deadline-hint" className="muted small">
          {t('offer.deadlineHint')}
        </p>
        <div className="iw-when">
          <DateField
            label={t('interview.date')}
            value={offer.deadline.date}
            onChange={(date) => onChange({ ...offer, deadline: { ...offer.deadline, date } })}
            minValue={today}
            data-testid="offer-deadline-date"
          />
          <TimeField label={t('interview.time')} value={offer.deadline.time} onChange={(time) => onChange({ ...offer, deadline: { ...offer.deadline, time } })} data-testid="offer-deadline-time" />
        </div>
        {deadlineError && (
          <p id="iw-deadline-error" className="field-error" data-testid="offer-deadline-error">
            {deadlineError}
          </p>
        )}
      </fieldset>
    </>
  );
}
