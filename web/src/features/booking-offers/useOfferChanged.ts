import { useQueryClient } from '@tanstack/react-query';
import { offerKey, type BookingOffer } from './queries';

/**
 * After an action on an offer: its page shows the answer at once, and the screens that count or draw its slots
 * (the project's list of offers, the calendar, Application and CV) read them again when next shown.
 */
export function useOfferChanged() {
  const queryClient = useQueryClient();
  return async (offer: Pick<BookingOffer, 'id' | 'projectId'>, view?: BookingOffer) => {
    if (view) queryClient.setQueryData(offerKey(offer.id), view);
    await Promise.all([
      view ? Promise.resolve() : queryClient.invalidateQueries({ queryKey: offerKey(offer.id) }),
      queryClient.invalidateQueries({ queryKey: ['projects', offer.projectId, 'booking-offers'] }),
      queryClient.invalidateQueries({ queryKey: ['calendar'] }),
      queryClient.invalidateQueries({ queryKey: ['application'] }),
    ]);
  };
}
