import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, type ICalCalendar, type ICalEvent } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { isKnownTimeZone } from './local-time.js';

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarAttendee extends CalendarPerson {
  role: 'candidate' | 'recruiter';
}

export interface CalendarInvitationInput {
  /** REQUEST for a new or changed interview, CANCEL when it is called off. */
  method: 'REQUEST' | 'CANCEL';
  /** The same for every version of one interview, so that calendars update the entry instead of adding one. */
  uid: string;
  /** Must grow with every change (and with the cancellation), or calendars ignore the newer file. */
  sequence: number;
  /** When this version of the invitation was made: the caller's clock, never read here. */
  stamp: Date;
  start: Date;
  end: Date;
  /** The organisation's IANA zone: the times are written as its wall-clock times. */
  timeZone: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  organizer: CalendarPerson;
  attendees: CalendarAttendee[];
}

/**
 * The iCalendar file (RFC 5545, with the iTIP methods of RFC 5546) that goes with an invitation email to the
 * candidate and to each recruiter taking part. Lines end with CRLF, the file included, and are folded at 75
 * octets.
 *
 * Times are written in the organisation's zone (`DTSTART;TZID=Europe/Copenhagen:…`) with the zone's VTIMEZONE,
 * so that calendar programs show the interview at the local time the recruiter chose and keep it there if the
 * zone's rules change. Two cases fall back to UTC times, which every program reads as the same instants:
 * a zone for which no VTIMEZONE is known, and an interview that starts or ends in the hour repeated when summer
 * time ends. RFC 5545 reads such a wall-clock time as its first run, but programs differ (ical.js takes the
 * second), so a TZID time there could move the interview by an hour.
 *
 * Throws a RangeError on input no caller should pass: an unknown zone, an end not after the start, an empty
 * or multi-line UID, a negative or fractional sequence, or a URL that does not parse.
 */
export function buildCalendarInvitation(input: CalendarInvitationInput): string {
  assertValidZone(input.timeZone);
  assertValidEvent(input);
  const calendar = newCalendar(input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST, input.timeZone);
  const event = addEvent(calendar, input, input.timeZone, {
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: parameterText(input.organizer.name) || input.organizer.email, email: input.organizer.email },
  });

  for (const attendee of input.attendees) {
    event.createAttendee({
      name: parameterText(attendee.name) || null,
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      // The candidate's answer is what the invitation asks for; recruiters are told, and nobody answers a
      // cancellation.
      rsvp: input.method === 'REQUEST' && attendee.role === 'candidate',
    });
  }

  return calendarText(calendar);
}

/** One event of a calendar feed: what an invitation's event has, without the people asked to answer. */
export type CalendarFeedEvent = Pick<
  CalendarInvitationInput,
  'uid' | 'sequence' | 'stamp' | 'start' | 'end' | 'summary' | 'description' | 'location' | 'url'
>;

export interface CalendarFeedInput {
  /** Shown by calendar programs as the subscribed calendar's name. */
  name: string;
  /** The organisation's IANA zone, for every event. */
  timeZone: string;
  /**
   * How often a calendar program should fetch the feed again, in seconds (a hint: Google and Outlook pick their own).
   * None for a file that is imported once, not subscribed to.
   */
  refreshSeconds?: number;
  events: CalendarFeedEvent[];
}

/**
 * A calendar to subscribe to (RFC 5545 without METHOD: a published calendar, not an iTIP invitation), with one
 * confirmed event per entry. Times, line endings, folding and the escaping of text are written as in
 * `buildCalendarInvitation`, each event falling back to UTC times on its own where a zone time would be ambiguous.
 * No ORGANIZER or ATTENDEE: calendar programs would offer to answer a meeting the subscriber cannot answer.
 */
export function buildCalendarFeed(input: CalendarFeedInput): string {
  assertValidZone(input.timeZone);
  input.events.forEach(assertValidEvent);
  const calendar = newCalendar(null, input.timeZone);
  calendar.name(oneLineText(input.name) || null);
  if (input.refreshSeconds !== undefined) calendar.ttl(input.refreshSeconds);
  for (const event of input.events) addEvent(calendar, event, input.timeZone, { status: ICalEventStatus.CONFIRMED });
  return calendarText(calendar);
}

function newCalendar(method: ICalCalendarMethod | null, timeZone: string): ICalCalendar {
  const calendar = ical({ ...(method === null ? {} : { method }), prodId: { company: 'Samtale', product: 'Samtale', language: 'EN' } });
  const vtimezone = vtimezoneBlock(timeZone);
  if (vtimezone !== null) {
    // Only the generator, no calendar-wide zone name: ical-generator would then write DTSTAMP as a local time
    // too, and RFC 5545 requires DTSTAMP in UTC. It writes a VTIMEZONE only if an event's times use the zone.
    calendar.timezone({ name: null, generator: (zone) => (zone === timeZone ? vtimezone : null) });
  }
  return calendar;
}

function addEvent(
  calendar: ICalCalendar,
  input: CalendarFeedEvent,
  timeZone: string,
  extra: { status: ICalEventStatus; organizer?: { name: string; email: string } },
): ICalEvent {
  const writeInZone =
    vtimezoneBlock(timeZone) !== null && isWallClockUnambiguous(input.start, timeZone) && isWallClockUnambiguous(input.end, timeZone);
  return calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp,
    // Luxon values, not Dates: ical-generator renders a Date in a TZID through the server's own zone.
    start: DateTime.fromJSDate(input.start, { zone: timeZone }),
    end: DateTime.fromJSDate(input.end, { zone: timeZone }),
    timezone: writeInZone ? timeZone : null,
    summary: cleanText(input.summary),
    description: cleanText(input.description),
    location: input.location === null || input.location.trim() === '' ? null : cleanText(input.location),
    url: input.url === null ? null : uriValue(input.url),
    status: extra.status,
    ...(extra.organizer ? { organizer: extra.organizer } : {}),
  });
}

// ical-generator ends the last line without its CRLF; RFC 5545 ends every content line with one.
function calendarText(calendar: ICalCalendar): string {
  return `${calendar.toString()}\r\n`;
}

function assertValidZone(timeZone: string): void {
  if (!isKnownTimeZone(timeZone)) {
    throw new RangeError(`Unknown time zone "${timeZone}"`);
  }
}

function assertValidEvent(input: CalendarFeedEvent): void {
  for (const [name, value] of [
    ['stamp', input.stamp],
    ['start', input.start],
    ['end', input.end],
  ] as const) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`${name} is not a valid date`);
  }
  // ical-generator would silently swap them.
  if (input.end.getTime() <= input.start.getTime()) throw new RangeError('end must be after start');
  // ical-generator writes the UID unescaped, so a line break would start a property of its own.
  if (input.uid.trim() === '' || hasControlCharacter(input.uid)) {
    throw new RangeError('uid must be non-empty text on one line');
  }
  if (!Number.isInteger(input.sequence) || input.sequence < 0) {
    throw new RangeError(`sequence must be a whole number of at least 0, got ${input.sequence}`);
  }
}

/**
 * The VTIMEZONE for `timeZone`, or null when the library has none. The library answers a link name such as
 * Europe/Copenhagen with the block of its target (Europe/Berlin, the same rules since 1980); the block is
 * renamed, because the TZID of the times must find a VTIMEZONE of the same name (RFC 5545 3.2.19).
 */
const vtimezoneBlocks = new Map<string, string | null>();

// The library rebuilds the block on every call; a bulk invitation asks for the same zone thousands of times.
function vtimezoneBlock(timeZone: string): string | null {
  if (!vtimezoneBlocks.has(timeZone)) vtimezoneBlocks.set(timeZone, buildVtimezoneBlock(timeZone));
  return vtimezoneBlocks.get(timeZone)!;
}

function buildVtimezoneBlock(timeZone: string): string | null {
  const found = tzlib_get_ical_block(timeZone);
  const block = Array.isArray(found) ? found[0] : undefined;
  if (block === undefined || !block.includes('BEGIN:VTIMEZONE')) return null;
  return block
    .replace(/^TZID:[^\r\n]*/m, `TZID:${timeZone}`)
    .replace(/^X-LIC-LOCATION:[^\r\n]*/m, `X-LIC-LOCATION:${timeZone}`);
}

/** Whether the instant's wall-clock time in the zone happens only once, so that it names the instant alone. */
function isWallClockUnambiguous(instant: Date, timeZone: string): boolean {
  return DateTime.fromJSDate(instant, { zone: timeZone }).getPossibleOffsets().length <= 1;
}

function hasControlCharacter(text: string): boolean {
  return Array.from(text).some(isControlCharacter);
}

function isControlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}

/**
 * A TEXT value as ical-generator should receive it. It escapes backslashes, commas, semicolons and line breaks
 * itself; other control characters are not allowed in TEXT at all (RFC 5545 3.3.11), and candidates' text may
 * hold them after a copy and paste.
 */
function cleanText(text: string): string {
  return Array.from(text.replace(/\r\n?/g, '\n'))
    .filter((character) => character === '\n' || character === '\t' || !isControlCharacter(character))
    .join('');
}

/**
 * A TEXT value on one line, escaped, for a property that ical-generator writes as given (the calendar's name):
 * control characters and line breaks become spaces, and backslashes, commas and semicolons are escaped.
 */
function oneLineText(text: string): string {
  return Array.from(text)
    .map((character) => (isControlCharacter(character) ? ' ' : character))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\;,]/g, (character) => `\\${character}`);
}

/**
 * A name for a CN parameter. ical-generator quotes it but escapes quotes and line breaks with backslashes,
 * which parameter values do not have: parsers cut the name at the first `"`. Parameter values are encoded by
 * RFC 6868 instead (`^'` for a quote, `^^` for a caret); a display name loses nothing by keeping to one line.
 */
function parameterText(name: string): string {
  return Array.from(name)
    .map((character) => (isControlCharacter(character) ? ' ' : character))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'");
}

/**
 * A URI value. ical-generator escapes `,`, `;` and `\` as if the URI were TEXT, which breaks the link;
 * percent-encoding them instead keeps it one that calendar programs can open.
 */
function uriValue(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError('url is not a valid URL');
  }
  return parsed.href.replace(/[,;\\]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
