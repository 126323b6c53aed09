import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Answer, Body } from '../../api/types';

export type BookingOffer = Answer<'/api/booking-offers/{offerId}'>;
export type OfferedSlot = BookingOffer['slots'][number];
export type OfferInvitee = BookingOffer['invitees'][number];
export type ProjectOffer = Answer<'/api/projects/{projectId}/booking-offers'>['offers'][number];
export type AddSlotsBody = Body<'/api/booking-offers/{offerId}/slots', 'post'>;

/** One offer as its recruiter follows it; close, add times and remind answer with it too, so they refresh one key. */
export const offerKey = (offerId: string) => ['booking-offer', offerId] as const;

export const offerQuery = (offerId: string) =>
  queryOptions({
    queryKey: offerKey(offerId),
    queryFn: () => unwrap(api.GET('/api/booking-offers/{offerId}', { params: { path: { offerId } } })),
  });

/** Under the project's key, so that what changes the project's applications refreshes its offers as well. */
export const projectOffersQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'booking-offers'],
    queryFn: () => unwrap(api.GET('/api/projects/{projectId}/booking-offers', { params: { path: { projectId } } })),
  });

export function closeOffer(offerId: string) {
  return unwrap(api.POST('/api/booking-offers/{offerId}/close', { params: { path: { offerId } }, body: {} }));
}

export function addSlots(offerId: string, body: AddSlotsBody) {
  return unwrap(api.POST('/api/booking-offers/{offerId}/slots', { params: { path: { offerId } }, body }));
}

export function remindToBook(offerId: string) {
  return unwrap(api.POST('/api/booking-offers/{offerId}/reminders', { params: { path: { offerId } }, body: {} }));
}
