/**
 * What the clocks of an IANA zone show at an instant, read with Intl. The one place that reads a zone's wall clock:
 * the calendar's week windows and the interview form's "is it past" both stand on it.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let zoneFormat = formats.get(timeZone);
  if (!zoneFormat) {
    zoneFormat = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, zoneFormat);
  }
  return zoneFormat;
}

/** The zone's wall clock at `instant`, written as if it were UTC (milliseconds), so that date arithmetic is plain. */
export function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(format(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** The local date and time ("2026-12-03", "10:00") an instant has on the clocks of a zone. */
export function localDateTime(instant: Date | string, timeZone: string): { date: string; time: string } {
  const iso = new Date(wallClock(new Date(instant).getTime(), timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
