import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate, formatTimeRange } from '../../time/format';
import type { RecruiterOverlap } from './recruiter-overlaps';

/**
 * The participating recruiters who already have an interview then, or a time offered for booking that may become
 * one, in the organisation's zone; going on is allowed.
 */
export function RecruiterOverlapNotice({ overlaps }: { overlaps: RecruiterOverlap[] }) {
  const { t } = useTranslation('invite-to-interview');
  const language = useLanguage();
  const zone = useSignedIn().organisation.timeZone;
  if (overlaps.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="recruiter-overlap">
      <p>
        <strong>{t('busy.heading')}</strong>
      </p>
      <ul>
        {overlaps.map((overlap, index) => (
          <li key={index}>
            {t(overlap.offered ? 'busy.offeredAt' : 'busy.at', {
              name: overlap.name,
              date: formatDate(overlap.startsAt, zone, language),
              time: formatTimeRange(overlap.startsAt, overlap.endsAt, zone, language),
            })}
          </li>
        ))}
      </ul>
      <p className="small">{t('busy.stillPossible')}</p>
    </div>
  );
}
