import { localDateTime } from '../../time/wall-clock';

interface Slot {
  startsAt: string;
  endsAt: string;
  seats: number;
}

/** The offered slots by their day in the organisation's zone (not the browser's, nor UTC's), days and slots in time order. */
export function slotsByDay<S extends Slot>(slots: readonly S[], timeZone: string): { date: string; slots: S[] }[] {
  const days = new Map<string, S[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const { date } = localDateTime(slot.startsAt, timeZone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return [...days].map(([date, daySlots]) => ({ date, slots: daySlots }));
}
