import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ActionDialog, DialogButtons } from './ActionDialog';
import { closeOffer, type BookingOffer } from './queries';
import { useOfferChanged } from './useOfferChanged';

/** "Luk tilbuddet": what closing means for the booked and the not yet booked, then the close. */
export function CloseOfferAction({ offer }: { offer: BookingOffer }) {
  const { t } = useTranslation('booking-offers');
  const changed = useOfferChanged();
  const awaiting = offer.invitees.filter((invitee) => invitee.status === 'awaiting').length;
  const close = useMutation({
    mutationFn: () => closeOffer(offer.id),
    // The page then says the offer is closed, in place of the actions.
    onSuccess: (view) => changed(offer, view),
  });
  return (
    <ActionDialog label={t('close.open')} title={t('close.title')} testId="offer-close">
      {(done) => (
        <>
          <p>{t('close.consequences', { count: awaiting })}</p>
          <p>{t('close.bookedStay')}</p>
          {close.isError && <ErrorNotice error={close.error} />}
          <DialogButtons
            onBack={done}
            backLabel={t('dialog.cancel')}
            onConfirm={() => close.mutate(undefined, { onSuccess: done })}
            confirmLabel={t('close.confirm')}
            isPending={close.isPending}
            testId="offer-close-confirm"
          />
        </>
      )}
    </ActionDialog>
  );
}
