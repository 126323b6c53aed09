import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ActionDialog, DialogButtons } from './ActionDialog';
import { remindToBook, type BookingOffer } from './queries';
import { useOfferChanged } from './useOfferChanged';

/** "Send påmindelse om at vælge tid": who gets it first, then the invitation to book again to each of them. */
export function RemindAction({ offer, onDone }: { offer: BookingOffer; onDone: (notice: string) => void }) {
  const { t } = useTranslation('booking-offers');
  const changed = useOfferChanged();
  const awaiting = offer.invitees.filter((invitee) => invitee.status === 'awaiting');
  const remind = useMutation({
    mutationFn: () => remindToBook(offer.id),
    onSuccess: async ({ reminded }) => {
      await changed(offer);
      onDone(t('remind.done', { count: reminded }));
    },
  });
  return (
    <ActionDialog label={t('remind.open')} title={t('remind.title')} testId="offer-remind">
      {(close) => (
        <>
          {awaiting.length === 0 ? (
            <p>{t('remind.nobody')}</p>
          ) : (
            <>
              <p>{t('remind.intro', { count: awaiting.length })}</p>
              <ul className="bo-recipients" data-testid="recipients">
                {awaiting.map((invitee) => (
                  <li key={invitee.bookingInvitationId}>
                    {invitee.candidate.firstName} {invitee.candidate.lastName} <span className="muted small bo-break">{invitee.candidate.email}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {remind.isError && <ErrorNotice error={remind.error} />}
          <DialogButtons
            onBack={close}
            backLabel={t('dialog.cancel')}
            onConfirm={() => remind.mutate(undefined, { onSuccess: close })}
            confirmLabel={t('remind.send')}
            isPending={remind.isPending}
            isDisabled={awaiting.length === 0}
            testId="offer-remind-send"
          />
        </>
      )}
    </ActionDialog>
  );
}
