import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate, formatDateTime, formatTimeRange, zoneName } from '../../time/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { slotsByDay } from './offer-days';
import type { OfferRefusal } from './offer-refusals';
import { RecruiterOverlapNotice } from './RecruiterOverlapNotice';
import { recruiterOverlaps } from './recruiter-overlaps';
import type { useOfferPreview } from './useOfferPreview';

interface OfferPreviewProps {
  offerPreview: ReturnType<typeof useOfferPreview>;
  isReady: boolean;
  hasDeadline: boolean;
  applicants: number;
  /** A refusal in the recruiter's words, with the field it is at. */
  refusalText: (refusal: OfferRefusal) => string;
}

/**
 * What the offer holds, from the server's preview (the same plan sending makes): the slots by day and the
 * deadline, in the organisation's zone, and any participating recruiter already busy then.
 */
export function OfferPreview({ offerPreview, isReady, hasDeadline, applicants, refusalText }: OfferPreviewProps) {
  const { t } = useTranslation('invite-to-interview');
  const language = useLanguage();
  const zone = useSignedIn().organisation.timeZone;
  const { preview, isUpdating, refusals } = offerPreview;
  const data = isReady && !preview.isError ? preview.data : undefined;
  const days = data ? slotsByDay(data.slots, zone) : [];
  const seats = data?.slots.reduce((sum, slot) => sum + slot.seats, 0) ?? 0;

  return (
    <section className="iw-slots panel" aria-labelledby="iw-offer-heading" data-testid="offer-preview">
      <h2 id="iw-offer-heading">{t('offerPreview.heading')}</h2>
      <p className="small">{t('offerPreview.how')}</p>
      <p className="muted small">{t('slots.inZone', { zone: zoneName(zone, language) })}</p>

      <div className="iw-slots-state" role="status" aria-live="polite">
        {!isReady ? <p className="muted small">{t('offerPreview.waiting')}</p> : isUpdating && <p className="muted small">{t('slots.updating')}</p>}
      </div>
      {refusals.length > 0 && (
        <div className="notice notice-error" data-testid="offer-refused">
          <p>{t('offerPreview.refused')}</p>
          <ul>
            {refusals.map((refusal) => (
              <li key={refusal.field}>{refusalText(refusal)}</li>
            ))}
          </ul>
        </div>
      )}
      {isReady && preview.isError && refusals.length === 0 && !isUpdating && (
        <div data-testid="slots-failed">
          <p>{t('slots.failed')}</p>
          <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
        </div>
      )}

      {data && (
        <div aria-busy={isUpdating || undefined}>
          <p className="iw-offer-count" data-testid="offer-count">
            <strong>{t('offerPreview.slots', { count: data.slots.length })}</strong>
            {seats !== data.slots.length && ` · ${t('offerPreview.seats', { count: seats })}`}
            {' · '}
            {t('offerPreview.applicants', { count: applicants })}
          </p>
          {seats < applicants && (
            <p className="notice notice-warning small" data-testid="offer-too-few">
              {t('offerPreview.tooFew', { seats, count: applicants })}
            </p>
          )}
          {days.map((day) => (
            <section key={day.date} className="iw-offer-day" aria-label={formatDate(day.slots[0]!.startsAt, zone, language)} data-testid="offer-day">
              <h3 className="iw-offer-day-name">{formatDate(day.slots[0]!.startsAt, zone, language)}</h3>
              <ul className="iw-offer-day-slots">
                {day.slots.map((slot) => (
                  <li key={slot.startsAt} data-testid="offer-preview-slot">
                    {formatTimeRange(slot.startsAt, slot.endsAt, zone, language)}
                    {slot.seats > 1 && <span className="muted small"> · {t('offerPreview.seats', { count: slot.seats })}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p className="iw-offer-deadline" data-testid="offer-preview-deadline">
            {t('offerPreview.deadline', { when: formatDateTime(data.deadlineAt, zone, language) })}
            {!hasDeadline && <span className="muted small"> ({t('offerPreview.defaultDeadline')})</span>}
          </p>
          <RecruiterOverlapNotice overlaps={recruiterOverlaps(data.warnings)} />
        </div>
      )}
    </section>
  );
}
