/**
 * An offer in brief, for the project's list: "4 af 6 tider booket · 2 har ikke valgt". Slots of one seat are counted
 * as times; a group offer counts seats, since one time holds several candidates ("5 af 8 pladser booket").
 */
export interface OfferProgress {
  unit: 'times' | 'seats';
  booked: number;
  of: number;
  awaiting: number;
}

export function offerProgress(offer: { slotCount: number; seats: number; booked: number; awaiting: number }): OfferProgress {
  const group = offer.seats > offer.slotCount;
  return { unit: group ? 'seats' : 'times', booked: offer.booked, of: group ? offer.seats : offer.slotCount, awaiting: offer.awaiting };
}
