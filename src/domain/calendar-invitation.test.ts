import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendarFeed, buildCalendarInvitation, type CalendarFeedEvent, type CalendarInvitationInput } from './calendar-invitation.js';

const COPENHAGEN = 'Europe/Copenhagen';

function invitation(overrides: Partial<CalendarInvitationInput> = {}): CalendarInvitationInput {
  return {
    method: 'REQUEST',
    uid: 'interview-7f3c2a@samtale.example',
    sequence: 0,
    stamp: new Date('2026-01-05T12:34:56Z'),
    // 10:00–10:45 in Copenhagen, winter time (UTC+1).
    start: new Date('2026-01-15T09:00:00Z'),
    end: new Date('2026-01-15T09:45:00Z'),
    timeZone: COPENHAGEN,
    summary: 'Interview with Nordhavn Byg A/S',
    description: 'Welcome to your interview.',
    location: 'Nordhavnsvej 1, 2150 Nordhavn',
    url: null,
    organizer: { name: 'Anna Andersen', email: 'anna@demo.example' },
    attendees: [
      { name: 'Mette Jensen', email: 'mette@example.com', role: 'candidate' },
      { name: 'Bo Berg', email: 'bo@demo.example', role: 'recruiter' },
    ],
    ...overrides,
  };
}

interface Parsed {
  calendar: ICAL.Component;
  vevent: ICAL.Component;
  event: ICAL.Event;
}

function parse(ics: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0]!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

function property(component: ICAL.Component, name: string): ICAL.Property {
  const found = component.getFirstProperty(name);
  if (!found) throw new Error(`no ${name} in ${component.name}`);
  return found;
}

function time(component: ICAL.Component, name: string): ICAL.Time {
  const value = property(component, name).getFirstValue();
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a date-time`);
  return value;
}

function attendee(event: ICAL.Event, email: string): ICAL.Property {
  const found = event.attendees.find(
    (candidate) => String(candidate.getFirstValue()).toLowerCase() === `mailto:${email}`,
  );
  if (!found) throw new Error(`no attendee ${email}`);
  return found;
}

/** Content lines as RFC 5545 defines them: the CRLF-separated physical lines, continuation lines joined. */
function unfoldedLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('buildCalendarInvitation', () => {
  it('asks for a reply with METHOD:REQUEST and one confirmed event', () => {
    const { calendar, vevent } = parse(buildCalendarInvitation(invitation()));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('carries the given UID, SEQUENCE and a DTSTAMP in UTC', () => {
    const ics = buildCalendarInvitation(invitation({ sequence: 3 }));
    const { vevent } = parse(ics);
    expect(vevent.getFirstPropertyValue('uid')).toBe('interview-7f3c2a@samtale.example');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(unfoldedLines(ics)).toContain('DTSTAMP:20260105T123456Z');
  });

  it('writes a winter interview as Copenhagen wall-clock time with its TZID', () => {
    const ics = buildCalendarInvitation(invitation());
    const { vevent, event } = parse(ics);
    expect(unfoldedLines(ics)).toContain('DTSTART;TZID=Europe/Copenhagen:20260115T100000');
    expect(unfoldedLines(ics)).toContain('DTEND;TZID=Europe/Copenhagen:20260115T104500');
    expect(property(vevent, 'dtstart').getParameter('tzid')).toBe(COPENHAGEN);
    expect(time(vevent, 'dtstart').toString()).toBe('2026-01-15T10:00:00');
    expect(time(vevent, 'dtend').toString()).toBe('2026-01-15T10:45:00');
    expect(event.startDate.zone?.tzid).toBe(COPENHAGEN);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-01-15T09:45:00.000Z');
  });

  it('writes a summer interview as Copenhagen wall-clock time with its TZID', () => {
    const ics = buildCalendarInvitation(
      invitation({ start: new Date('2026-07-01T08:00:00Z'), end: new Date('2026-07-01T09:30:00Z') }),
    );
    const { vevent, event } = parse(ics);
    expect(unfoldedLines(ics)).toContain('DTSTART;TZID=Europe/Copenhagen:20260701T100000');
    expect(property(vevent, 'dtend').getParameter('tzid')).toBe(COPENHAGEN);
    expect(time(vevent, 'dtend').toString()).toBe('2026-07-01T11:30:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-07-01T09:30:00.000Z');
  });

  it('includes a VTIMEZONE named like the TZID whose rules give Copenhagen its winter and summer offsets', () => {
    const { calendar } = parse(buildCalendarInvitation(invitation()));
    const vtimezones = calendar.getAllSubcomponents('vtimezone');
    expect(vtimezones).toHaveLength(1);
    expect(vtimezones[0]!.getFirstPropertyValue('tzid')).toBe(COPENHAGEN);

    // Read on its own, so the check does not lean on the parser's lookup by TZID.
    const zone = new ICAL.Timezone(vtimezones[0]!);
    const offsetHours = (iso: string): number => zone.utcOffset(ICAL.Time.fromDateTimeString(iso)) / 3600;
    expect(offsetHours('2026-01-15T10:00:00')).toBe(1);
    expect(offsetHours('2026-07-01T10:00:00')).toBe(2);
    expect(offsetHours('2030-03-31T03:00:00')).toBe(2);
    expect(offsetHours('2030-10-27T03:00:00')).toBe(1);
  });

  it('gives another organisation zone its own VTIMEZONE and TZID', () => {
    const ics = buildCalendarInvitation(invitation({ timeZone: 'America/New_York' }));
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('America/New_York');
    expect(unfoldedLines(ics)).toContain('DTSTART;TZID=America/New_York:20260115T040000');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-15T09:00:00.000Z');
  });

  it('writes the same file whatever time zone the server runs in', () => {
    const input = invitation({ start: new Date('2026-07-01T08:00:00Z'), end: new Date('2026-07-01T09:00:00Z') });
    const expected = buildCalendarInvitation(input);
    const serverZone = process.env.TZ;
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Tokyo', 'UTC']) {
        process.env.TZ = zone;
        expect(buildCalendarInvitation(input)).toBe(expected);
      }
    } finally {
      if (serverZone === undefined) delete process.env.TZ;
      else process.env.TZ = serverZone;
    }
  });

  it('invites the candidate as a required participant who is asked to reply', () => {
    const { event } = parse(buildCalendarInvitation(invitation()));
    const candidate = attendee(event, 'mette@example.com');
    expect(candidate.getParameter('cn')).toBe('Mette Jensen');
    expect(candidate.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(candidate.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(candidate.getParameter('rsvp')).toBe('TRUE');
  });

  it('lists a participating recruiter as a required participant without asking for a reply', () => {
    const { event } = parse(buildCalendarInvitation(invitation()));
    expect(event.attendees).toHaveLength(2);
    const recruiter = attendee(event, 'bo@demo.example');
    expect(recruiter.getParameter('cn')).toBe('Bo Berg');
    expect(recruiter.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(recruiter.getParameter('partstat')).toBe('NEEDS-ACTION');
    expect(recruiter.getParameter('rsvp')).toBe('FALSE');
  });

  it('names the sender as ORGANIZER', () => {
    const { vevent } = parse(buildCalendarInvitation(invitation()));
    const organizer = property(vevent, 'organizer');
    expect(organizer.getFirstValue()).toBe('mailto:anna@demo.example');
    expect(organizer.getParameter('cn')).toBe('Anna Andersen');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED under the same UID and a higher SEQUENCE', () => {
    const ics = buildCalendarInvitation(invitation({ method: 'CANCEL', sequence: 4 }));
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('uid')).toBe('interview-7f3c2a@samtale.example');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(event.attendees.map((person) => person.getParameter('rsvp'))).toEqual(['FALSE', 'FALSE']);
  });

  it('keeps commas, semicolons, backslashes and line breaks of text values intact', () => {
    const summary = 'Interview; round 2, final \\ last';
    const description = 'Dear Mette,\nbring: ID; CV, diploma.\r\nAddress: "Hal 3"\\B\n\nBest regards';
    const location = 'Building 4, floor 2; room "Kattegat"\nReception at gate B';
    const ics = buildCalendarInvitation(invitation({ summary, description, location }));
    const { event } = parse(ics);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description.replace(/\r\n/g, '\n'));
    expect(event.location).toBe(location);
    expect(unfoldedLines(ics)).toContain('SUMMARY:Interview\\; round 2\\, final \\\\ last');
  });

  it('drops control characters that RFC 5545 does not allow in text', () => {
    const { event } = parse(
      buildCalendarInvitation(invitation({ summary: 'Inter\u0000view\u0007', description: 'a\tb\u001bc\u007f' })),
    );
    expect(event.summary).toBe('Interview');
    expect(event.description).toBe('a\tbc');
  });

  it('keeps a nasty candidate name intact as a quoted parameter without breaking the file', () => {
    const nasty = 'Hansen, Anna; "Nanna" Østergaard-Müller \\ ^_^ 👩‍💼';
    const ics = buildCalendarInvitation(
      invitation({
        summary: `Interview with ${nasty}`,
        attendees: [{ name: nasty, email: 'nanna@example.com', role: 'candidate' }],
      }),
    );
    const { vevent, event } = parse(ics);
    expect(event.summary).toBe(`Interview with ${nasty}`);
    expect(event.attendees).toHaveLength(1);
    const candidate = attendee(event, 'nanna@example.com');
    expect(candidate.getParameter('cn')).toBe(nasty);
    expect(candidate.getParameter('rsvp')).toBe('TRUE');
    expect(vevent.getAllProperties().map((prop) => prop.name)).toEqual([
      'uid',
      'sequence',
      'dtstamp',
      'dtstart',
      'dtend',
      'summary',
      'location',
      'description',
      'organizer',
      'attendee',
      'status',
    ]);
  });

  it('puts a name spread over several lines on one line rather than letting it start a property of its own', () => {
    const ics = buildCalendarInvitation(
      invitation({
        organizer: { name: 'Anna\r\nATTENDEE:mailto:evil@example.com', email: 'anna@demo.example' },
        attendees: [{ name: 'Mette\nJensen', email: 'mette@example.com', role: 'candidate' }],
      }),
    );
    const { vevent, event } = parse(ics);
    expect(event.attendees).toHaveLength(1);
    expect(attendee(event, 'mette@example.com').getParameter('cn')).toBe('Mette Jensen');
    expect(property(vevent, 'organizer').getParameter('cn')).toBe('Anna ATTENDEE:mailto:evil@example.com');
  });

  it('falls back to the email address when the organiser has no name, and omits CN for a nameless attendee', () => {
    const { vevent, event } = parse(
      buildCalendarInvitation(
        invitation({
          organizer: { name: ' ', email: 'noreply@samtale.example' },
          attendees: [{ name: '', email: 'mette@example.com', role: 'candidate' }],
        }),
      ),
    );
    expect(property(vevent, 'organizer').getParameter('cn')).toBe('noreply@samtale.example');
    expect(attendee(event, 'mette@example.com').getParameter('cn')).toBeUndefined();
  });

  it('gives a video interview a meeting URL that stays one link even with separators in it', () => {
    const url = 'https://meet.example/j/123?pwd=a;b,c&lang=da';
    const { vevent } = parse(buildCalendarInvitation(invitation({ location: null, url })));
    expect(vevent.getFirstPropertyValue('url')).toBe('https://meet.example/j/123?pwd=a%3Bb%2Cc&lang=da');
    expect(vevent.getFirstProperty('location')).toBeNull();
  });

  it('leaves out LOCATION and URL when there are none', () => {
    const { vevent } = parse(buildCalendarInvitation(invitation({ location: null, url: null })));
    expect(vevent.getFirstProperty('location')).toBeNull();
    expect(vevent.getFirstProperty('url')).toBeNull();
  });

  it('ends every line, the last included, with CRLF', () => {
    const ics = buildCalendarInvitation(invitation({ description: 'one\ntwo\nthree' }));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds lines longer than 75 octets, counting the bytes of non-ASCII characters, and loses nothing', () => {
    const welcome = 'Velkommen til samtale hos Nordhavn Byg. '.repeat(6);
    const description = `${welcome}Æbleø på Åland: ${'æøå'.repeat(40)} 👩‍💼`;
    const name = `${'Østergaard-'.repeat(12)}Müller`;
    const ics = buildCalendarInvitation(
      invitation({ description, attendees: [{ name, email: 'mette@example.com', role: 'candidate' }] }),
    );
    const physicalLines = ics.split('\r\n').slice(0, -1);
    for (const line of physicalLines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physicalLines.some((line) => line.startsWith(' '))).toBe(true);
    const { event } = parse(ics);
    expect(event.description).toBe(description);
    expect(attendee(event, 'mette@example.com').getParameter('cn')).toBe(name);
  });

  it('writes the times in UTC when the end falls in the hour repeated when summer time ends', () => {
    // 02:00 summer time to 02:30 winter time on 2026-10-25: "02:30" alone could be 00:30 or 01:30 UTC.
    const ics = buildCalendarInvitation(
      invitation({ start: new Date('2026-10-25T00:00:00Z'), end: new Date('2026-10-25T01:30:00Z') }),
    );
    const { calendar, event } = parse(ics);
    expect(unfoldedLines(ics)).toContain('DTSTART:20261025T000000Z');
    expect(unfoldedLines(ics)).toContain('DTEND:20261025T013000Z');
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeNull();
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('writes the times in UTC when the start falls in the first run of the repeated hour', () => {
    // RFC 5545 reads "02:15" as the first run, but ical.js (like some calendar programs) reads the second.
    const ics = buildCalendarInvitation(
      invitation({ start: new Date('2026-10-25T00:15:00Z'), end: new Date('2026-10-25T02:15:00Z') }),
    );
    const { event } = parse(ics);
    expect(unfoldedLines(ics)).toContain('DTSTART:20261025T001500Z');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-25T00:15:00.000Z');
  });

  it('keeps Copenhagen time on the day summer time ends, outside the repeated hour', () => {
    const ics = buildCalendarInvitation(
      invitation({ start: new Date('2026-10-24T23:00:00Z'), end: new Date('2026-10-25T09:00:00Z') }),
    );
    const { event } = parse(ics);
    expect(unfoldedLines(ics)).toContain('DTSTART;TZID=Europe/Copenhagen:20261025T010000');
    expect(unfoldedLines(ics)).toContain('DTEND;TZID=Europe/Copenhagen:20261025T100000');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('writes UTC times without a VTIMEZONE for an organisation on UTC', () => {
    const ics = buildCalendarInvitation(invitation({ timeZone: 'UTC' }));
    const { calendar } = parse(ics);
    expect(unfoldedLines(ics)).toContain('DTSTART:20260115T090000Z');
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeNull();
  });

  it('refuses input no caller should pass', () => {
    const wrong: Partial<CalendarInvitationInput>[] = [
      { timeZone: 'Europe/Atlantis' },
      { timeZone: 'local' },
      { end: new Date('2026-01-15T09:00:00Z') },
      { end: new Date('2026-01-15T08:00:00Z') },
      { start: new Date(Number.NaN) },
      { stamp: new Date(Number.NaN) },
      { uid: '' },
      { uid: 'abc\r\nATTENDEE:mailto:evil@example.com' },
      { sequence: -1 },
      { sequence: 1.5 },
      { url: 'not a url' },
    ];
    for (const overrides of wrong) {
      expect(() => buildCalendarInvitation(invitation(overrides))).toThrow(RangeError);
    }
  });
});

describe('buildCalendarFeed', () => {
  const feedEvent = (overrides: Partial<CalendarFeedEvent> = {}): CalendarFeedEvent => {
    const { method: _method, timeZone: _timeZone, organizer: _organizer, attendees: _attendees, ...event } = invitation();
    return { ...event, ...overrides };
  };
  const feed = (events: CalendarFeedEvent[], name = 'Samtale – Nordhavn Byg A/S') =>
    buildCalendarFeed({ name, timeZone: COPENHAGEN, refreshSeconds: 3600, events });

  it('publishes events without METHOD, ORGANIZER or ATTENDEE, each in the zone unless its time is ambiguous', () => {
    const ics = feed([
      feedEvent({ uid: 'a@samtale' }),
      feedEvent({ uid: 'b@samtale', start: new Date('2026-10-25T00:00:00Z'), end: new Date('2026-10-25T01:30:00Z') }),
    ]);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstProperty('method')).toBeNull();
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    const [a, b] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(a!.uid).toBe('a@samtale');
    expect(a!.component.getFirstProperty('organizer')).toBeNull();
    expect(a!.attendees).toEqual([]);
    expect(a!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(unfoldedLines(ics)).toContain('DTSTART;TZID=Europe/Copenhagen:20260115T100000');
    expect(unfoldedLines(ics)).toContain('DTSTART:20261025T000000Z');
    expect(b!.startDate.toJSDate().toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(unfoldedLines(ics)).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('writes an empty calendar without a VTIMEZONE when there is nothing to show', () => {
    const calendar = new ICAL.Component(ICAL.parse(feed([])));
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
    expect(calendar.getAllSubcomponents('vtimezone')).toEqual([]);
  });

  it('keeps the calendar name on one line with its commas and semicolons', () => {
    const ics = feed([], 'Samtale – Hansen, Berg; Co\r\nX-EVIL:1');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    // TEXT, escaped (ical.js leaves the value of an X- property as written).
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Samtale – Hansen\\, Berg\\; Co X-EVIL:1');
    expect(unfoldedLines(ics)).toContain('NAME:Samtale – Hansen\\, Berg\\; Co X-EVIL:1');
    expect(calendar.getFirstProperty('x-evil')).toBeNull();
  });

  it('refuses an event no caller should pass', () => {
    expect(() => feed([feedEvent({ uid: 'a\r\nb' })])).toThrow(RangeError);
    expect(() => buildCalendarFeed({ name: 'x', timeZone: 'Europe/Atlantis', refreshSeconds: 3600, events: [] })).toThrow(RangeError);
  });
});
