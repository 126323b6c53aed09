import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { zoneName } from '../../time/format';
import { Button } from '../../ui/Button';

/** An empty box, in a friendly way, with why messages come here at all. */
export function EmptyBox({ title, why }: { title: string; why: string }) {
  return (
    <div className="empty msg-empty" data-testid="box-empty">
      <p className="msg-empty-title">{title}</p>
      <p>{why}</p>
    </div>
  );
}

/** A box this server does not keep, because it really sends. */
export function InactiveBox({ text }: { text: string }) {
  return (
    <div className="notice notice-info" data-testid="box-inactive">
      <p>{text}</p>
    </div>
  );
}

/** How many there are, in which zone the times are, and a way to look again now. */
export function BoxSummary({ count, onRefresh, isRefreshing }: { count: string; onRefresh: () => void; isRefreshing: boolean }) {
  const { t } = useTranslation('messages');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  return (
    <div className="msg-summary">
      <p className="muted small">
        {count} {t('timesIn', { zone: zoneName(organisation.timeZone, language) })}
      </p>
      <Button onPress={onRefresh} isPending={isRefreshing}>
        {t('refresh')}
      </Button>
    </div>
  );
}
