/**
 * How full an offered slot is, from its seats and the seats booked: free (nobody), partly (a group slot with room
 * left) or full. The offer page and the calendar word and draw a slot from this.
 */
export type Occupancy = 'free' | 'partly' | 'full';

export function occupancy(booked: number, seats: number): Occupancy {
  if (booked <= 0) return 'free';
  return booked >= seats ? 'full' : 'partly';
}
