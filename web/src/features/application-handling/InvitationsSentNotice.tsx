import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { SentSummary } from './sent-summary';

/**
 * "3 invitationer sendt · 3 påmindelser planlagt · 0 sprunget over", or "3 ansøgere har fået tider at vælge imellem ·
 * 6 tider tilbudt", on landing back from the wizard.
 */
export function InvitationsSentNotice({ summary, onDismiss }: { summary: SentSummary; onDismiss: () => void }) {
  const { t } = useTranslation('application-handling');
  return (
    <div className="notice notice-info ah-sent" role="status" data-testid="invitations-sent">
      <div className="ah-sent-text">
        {summary.offeredSlots !== undefined ? (
          <p>
            <strong>{t('sent.offeredTo', { count: summary.invitations })}</strong>
            {' · '}
            {t('sent.offeredSlots', { count: summary.offeredSlots })}
          </p>
        ) : (
          <p>
            <strong>{t('sent.invitations', { count: summary.invitations })}</strong>
            {' · '}
            {t('sent.remindersScheduled', { count: summary.remindersScheduled })}
            {' · '}
            {t('sent.remindersSkipped', { count: summary.remindersSkipped })}
          </p>
        )}
        {summary.remindersSkipped > 0 && <p className="small">{t('sent.skippedWhy')}</p>}
      </div>
      <Button variant="quiet" onPress={onDismiss} data-testid="invitations-sent-dismiss">
        {t('sent.dismiss')}
      </Button>
    </div>
  );
}
