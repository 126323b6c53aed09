/**
 * Where an offer stands for the recruiter: open for booking, open but past its deadline (nobody can book, so there
 * is nobody to remind), or closed. The server keeps an offer `open` after its deadline until someone closes it.
 */
export type OfferStanding = 'open' | 'deadlinePassed' | 'closed';

export function offerStanding(offer: { status: 'open' | 'closed'; deadlineAt: string }, now: Date): OfferStanding {
  if (offer.status === 'closed') return 'closed';
  return Date.parse(offer.deadlineAt) <= now.getTime() ? 'deadlinePassed' : 'open';
}
