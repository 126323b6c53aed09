import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { useCopy } from '../../ui/useCopy';
import { ErrorNotice } from '../../ui/ErrorNotice';

/**
 * Abonnér i din kalender: the recruiter's own read-only iCalendar address. The server shows it once, when made;
 * making it again replaces it, revoking stops it.
 */
export function CalendarFeed() {
  const { t } = useTranslation('recruitment-calendar');
  const addressId = useId();
  const copying = useCopy();
  const [confirming, setConfirming] = useState(false);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/calendar-feed')),
    onMutate: () => {
      copying.forget();
      revoke.reset();
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/me/calendar-feed')),
    onSuccess: () => {
      create.reset();
      setConfirming(false);
    },
  });
  const url = create.data?.url;

  return (
    <section className="panel rc-feed" aria-labelledby={`${addressId}-heading`}>
      <h2 id={`${addressId}-heading`}>{t('feed.heading')}</h2>
      <p>{t('feed.intro')}</p>
      {url ? (
        <>
          <div className="field">
            <label htmlFor={addressId}>{t('feed.address')}</label>
            <input id={addressId} className="rc-feed-address" readOnly value={url} onFocus={(event) => event.target.select()} data-testid="calendar-feed-url" />
          </div>
          <div className="rc-feed-actions">
            <Button variant="primary" onPress={() => void copying.copy(url)}>
              {t('feed.copy')}
            </Button>
            <span role="status" className="small">
              {copying.outcome && t(copying.outcome === 'copied' ? 'feed.copied' : 'feed.copyFailed')}
            </span>
          </div>
          <p className="small muted">{t('feed.shownOnce')}</p>
          <ul className="rc-feed-howto small">
            <li>{t('feed.outlook')}</li>
            <li>{t('feed.google')}</li>
          </ul>
        </>
      ) : (
        revoke.isSuccess && (
          <p className="notice notice-info" role="status">
            {t('feed.revoked')}
          </p>
        )
      )}
      {create.isError && <ErrorNotice error={create.error} onRetry={() => create.mutate()} />}
      <div className="rc-feed-actions">
        <Button variant={url ? 'secondary' : 'primary'} onPress={() => create.mutate()} isPending={create.isPending} data-testid="calendar-feed-create">
          {url ? t('feed.replace') : t('feed.create')}
        </Button>
        <Button variant="quiet" onPress={() => setConfirming(true)} data-testid="calendar-feed-revoke">
          {t('feed.revoke')}
        </Button>
      </div>
      <ModalOverlay className="modal-overlay" isOpen={confirming} onOpenChange={setConfirming} isDismissable>
        <Modal className="modal rc-modal">
          <Dialog className="rc-dialog" role="alertdialog" data-testid="calendar-feed-revoke-dialog">
            <Heading slot="title">{t('feed.revokeTitle')}</Heading>
            <p>{t('feed.revokeText')}</p>
            {revoke.isError && <ErrorNotice error={revoke.error} />}
            <div className="rc-feed-actions">
              <Button slot="close" autoFocus>
                {t('feed.cancel')}
              </Button>
              <Button variant="primary" onPress={() => revoke.mutate()} isPending={revoke.isPending} data-testid="calendar-feed-revoke-confirm">
                {t('feed.revokeConfirm')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </section>
  );
}
