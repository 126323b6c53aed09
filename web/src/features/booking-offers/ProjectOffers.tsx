import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatShortDateTime } from '../../time/format';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { offerProgress } from './offer-progress';
import { offerStanding } from './offer-standing';
import { offerPath } from './offer-path';
import { projectOffersQuery } from './queries';
import './booking-offers.css';

/**
 * "Tider til booking" on the project: each offer in brief ("4 af 6 tider booket · 2 har ikke valgt"), opening its
 * page. A project that has offered no times shows nothing.
 */
export function ProjectOffers({ projectId }: { projectId: string }) {
  const { t } = useTranslation('booking-offers');
  const language = useLanguage();
  const zone = useSignedIn().organisation.timeZone;
  const offers = useQuery(projectOffersQuery(projectId));
  if (offers.isPending || (offers.isSuccess && offers.data.offers.length === 0)) return null;
  return (
    <section className="bo-project-offers" aria-labelledby="bo-project-offers-heading">
      <h2 id="bo-project-offers-heading">{t('list.heading')}</h2>
      {offers.isError ? (
        <ErrorNotice error={offers.error} onRetry={() => void offers.refetch()} />
      ) : (
        <ul className="bo-offer-list" data-testid="project-offers">
          {offers.data.offers.map((offer) => {
            const progress = offerProgress(offer);
            const standing = offerStanding(offer, new Date());
            return (
              <li key={offer.id} className="bo-offer-item" data-testid="project-offer">
                <Link to={offerPath(projectId, offer.id)} className="bo-offer-link">
                  {t('heading', { type: t(`interviewType.${offer.type}`), minutes: offer.durationMinutes })}
                </Link>
                {standing !== 'open' && <span className={`badge bo-status bo-status-${standing}`}>{t(`status.${standing}`)}</span>}
                <span className="bo-offer-progress" data-testid="project-offer-progress">
                  {t(`list.booked.${progress.unit}`, { count: progress.of, booked: progress.booked })} · {t('list.awaiting', { count: progress.awaiting })}
                </span>
                <span className="muted small">{t('list.deadline', { deadline: formatShortDateTime(offer.deadlineAt, zone, language) })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
