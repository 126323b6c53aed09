import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime, zoneName } from '../../time/format';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { AddSlotsAction } from './AddSlotsAction';
import { CloseOfferAction } from './CloseOfferAction';
import { NotBookedSection } from './NotBookedSection';
import { OfferedSlotsSection } from './OfferedSlotsSection';
import { offerStanding } from './offer-standing';
import { offerQuery, type BookingOffer } from './queries';
import { RemindAction } from './RemindAction';
import './booking-offers.css';

/** "Tider til booking": one offer as its recruiter follows it, its slots booked and free, who has not chosen yet. */
export function BookingOfferPage() {
  const { offerId = '' } = useParams();
  const { t } = useTranslation('booking-offers');
  const offer = useQuery(offerQuery(offerId));
  if (offer.isSuccess) return <OfferView offer={offer.data} />;
  // An offer that does not exist (or is another organisation's) reads as the app's "not found", with a way to retry.
  return (
    <section className="page bo-page">
      <h1>{t('title')}</h1>
      {offer.isPending ? <PageLoading rows={8} /> : <ErrorNotice error={offer.error} onRetry={() => void offer.refetch()} />}
    </section>
  );
}

function OfferView({ offer }: { offer: BookingOffer }) {
  const { t } = useTranslation('booking-offers');
  const language = useLanguage();
  const zone = useSignedIn().organisation.timeZone;
  const [notice, setNotice] = useState('');
  const standing = offerStanding(offer, new Date());
  const open = standing !== 'closed';
  const place = offer.type === 'video' ? offer.meetingUrl : offer.location;

  return (
    <article className="page bo-page" aria-labelledby="bo-title">
      <Breadcrumb
        items={[
          { label: t('frame.recruitmentOverview', { ns: 'common' }), to: '/projects' },
          { label: offer.projectTitle, to: `/projects/${offer.projectId}` },
          { label: t('title') },
        ]}
      />
      <header className="bo-header">
        <p className="muted small bo-eyebrow">{t('title')}</p>
        <div className="bo-title-row">
          <h1 id="bo-title">{t('heading', { type: t(`interviewType.${offer.type}`), minutes: offer.durationMinutes })}</h1>
          <span className={`badge bo-status bo-status-${standing}`} data-testid="offer-status">
            {t(`status.${standing}`)}
          </span>
        </div>
        <dl className="details bo-facts">
          <dt>{t('facts.place')}</dt>
          <dd className={place ? 'bo-break' : 'muted'}>{place ?? t('facts.noPlace')}</dd>
          <dt>{t('facts.deadline')}</dt>
          <dd>
            <time dateTime={offer.deadlineAt} data-testid="offer-deadline">
              {formatDateTime(offer.deadlineAt, zone, language)}
            </time>
          </dd>
          <dt>{t('facts.recruiters')}</dt>
          <dd>{offer.recruiters.map((recruiter) => recruiter.name).join(', ')}</dd>
          {offer.seatsPerSlot > 1 && (
            <>
              <dt>{t('facts.seats')}</dt>
              <dd>{offer.seatsPerSlot}</dd>
            </>
          )}
        </dl>
        <p className="muted small">{t('timesIn', { zone: zoneName(zone, language) })}</p>
      </header>

      {/* Told as it happens: what an action did, or that the offer is now closed (which takes the actions away). */}
      <div role="status" className="bo-outcome">
        {!open ? (
          <p className="notice notice-warning" data-testid="offer-closed">
            {t('closedNote')}
          </p>
        ) : (
          notice && (
            <p className="notice notice-info" data-testid="offer-notice">
              {notice}
            </p>
          )
        )}
      </div>
      {open && (
        <div className="bo-actions" role="group" aria-label={t('actions')}>
          {standing === 'open' && <RemindAction offer={offer} onDone={setNotice} />}
          <AddSlotsAction offer={offer} onDone={setNotice} />
          <CloseOfferAction offer={offer} />
        </div>
      )}

      <div className="bo-columns">
        <OfferedSlotsSection offer={offer} />
        <NotBookedSection offer={offer} />
      </div>
    </article>
  );
}
