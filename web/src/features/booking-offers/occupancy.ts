/**
 * How full an offered slot is, from its seats and the seats booked: free (nobody), partly (a group slot with room
 * left) or full. The offer page and the calendar word and draw a slot from this.
 */
export type Occupancy = 'free' | 'partly' | 'full';

export function occupancy(booked: number, seats: number): Occupancy {
  if (booked <= 0) return 'free';
  return booked >= seats ? 'full' : 'partly';
}

/**
 * How the offer's page words a slot, as a catalog key under `slots.`: "Ledig", "Booket:" (before the name), or for a
 * group "Ledig, 4 pladser" and "2 af 4 pladser booket"; a cancelled slot is only that.
 */
export function slotWording(booked: number, seats: number, cancelled: boolean): 'cancelled' | 'free' | 'bookedBy' | 'freeSeats' | 'seats' {
  if (cancelled) return 'cancelled';
  const free = occupancy(booked, seats) === 'free';
  if (seats > 1) return free ? 'freeSeats' : 'seats';
  return free ? 'free' : 'bookedBy';
}
