import { localDateTime } from '../../time/wall-clock';

/**
 * Offered slots by the day they start on in the organisation's zone, days and slots in time order. The zone
 * decides the day: a 00:30 Copenhagen slot is the next day's, though it is the day before in UTC or New York.
 */
export function slotsByDay<Slot extends { startsAt: string }>(slots: readonly Slot[], timeZone: string): { date: string; slots: Slot[] }[] {
  const sorted = [...slots].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const days: { date: string; slots: Slot[] }[] = [];
  for (const slot of sorted) {
    const { date } = localDateTime(slot.startsAt, timeZone);
    const last = days.at(-1);
    if (last?.date === date) last.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return days;
}
