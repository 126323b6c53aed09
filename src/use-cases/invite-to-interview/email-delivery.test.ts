import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication, createOrganisation, createProject, createUser } from '../../../test/support/factories.js';
import { deliverDue } from '../../../test/support/outbox.js';
import { addressesOf, parseMail, startSmtpSink, type SmtpSink } from '../../../test/support/smtp-sink.js';
import { createTestApp, logInAs, type TestApp } from '../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../test/support/test-database.js';
import { smtpTransport } from '../../delivery/smtp-transport.js';

/**
 * The whole path of an invitation: the recruiter sends through the API, the outbox worker delivers over real
 * SMTP, and the test reads what a candidate's mail client would receive.
 */
let test: TestApp;
let sink: SmtpSink;
beforeEach(async () => {
  sink = await startSmtpSink();
  test = await createTestApp({ PUBLIC_URL: 'https://job.nordhavn.example' });
  test.clock.set('2026-03-02T08:00:00Z');
});
afterEach(async () => {
  await test.close();
  await sink.close();
});

async function company() {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name: 'Nordhavn Byg A/S', defaultSenderAddress: 'job@nordhavn.example' });
  const anna = await createUser(db, organisation.id, { name: 'Anna Holm', email: 'anna@nordhavn.example' });
  const bo = await createUser(db, organisation.id, { name: 'Bo Lindqvist', email: 'bo@nordhavn.example' });
  const projectId = await createProject(db, organisation.id, anna.id, { title: 'Bogholder' });
  const cookie = await logInAs(test.app, anna.email);
  const applicant = async (firstName: string, lastName: string, language: string) => {
    const email = `${firstName.toLowerCase().replace('ø', 'oe')}@mail.example`;
    return (await createApplication(db, organisation.id, projectId, { firstName, lastName, language, email })).applicationId;
  };
  return { anna, bo, projectId, cookie, applicant };
}

const variants = {
  da: { subject: 'Invitation til samtale om {jobtitle}', body: 'Kære {firstname}\n\n{interviewtype} {interviewdate} kl. {interviewtime} ({duration}) med {recruiters}, {location}.\n\nHilsen {sender}, {companyname}' },
  en: { subject: 'Interview for {jobtitle}', body: 'Dear {fullname},\n\n{interviewtype} on {interviewdate} at {interviewtime} with {recruiters}.\n\nAnswer here: {confirmlink}' },
  sv: { subject: 'Intervju: {jobtitle}', body: 'Hej {firstname}!\n\n{interviewtype} {interviewdate} kl. {interviewtime}.' },
};

async function invite(setup: Awaited<ReturnType<typeof company>>, applicationIds: string[], interview: object = {}) {
  const response = await test.app.inject({
    method: 'POST',
    url: `/api/projects/${setup.projectId}/interview-invitations`,
    headers: { cookie: setup.cookie },
    payload: {
      applicationIds,
      interview: { type: 'in_person', recruiterIds: [setup.anna.id, setup.bo.id], date: '2026-03-10', time: '10:00', durationMinutes: 45, location: 'Havnegade 1', ...interview },
      email: { action: 'send_email', variants },
    },
  });
  expect(response.statusCode).toBe(201);
  const report = await deliverDue(test, { email: smtpTransport(sink.url) });
  expect(report).toMatchObject({ retried: 0, failed: 0 });
  return response.json() as { invitations: { applicationId: string; confirmUrl: string }[]; interviewIds: string[] };
}

async function mailTo(address: string): Promise<ParsedMail[]> {
  const messages = sink.received.filter((message) => message.rcptTo.includes(address));
  return Promise.all(messages.map(parseMail));
}

function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no calendar in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const start = vevent.getFirstProperty('dtstart')!;
  const end = vevent.getFirstProperty('dtend')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: vevent.getFirstPropertyValue('uid'),
    tzid: start.getParameter('tzid'),
    localStart: String(start.getFirstValue()),
    localEnd: String(end.getFirstValue()),
    start: (start.getFirstValue() as ICAL.Time).toJSDate().toISOString(),
    end: (end.getFirstValue() as ICAL.Time).toJSDate().toISOString(),
    attendees: vevent.getAllProperties('attendee').map((attendee) => String(attendee.getFirstValue()).replace(/^mailto:/i, '')),
  };
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe(`invitation emails over SMTP on ${TEST_ENGINE}`, () => {
  it('one applicant gets a Danish email with every value, the link once, both parts and a calendar file', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', 'Ågård', 'da');
    const { invitations, interviewIds } = await invite(setup, [applicationId]);

    const mails = await mailTo('soeren@mail.example');
    expect(mails).toHaveLength(1);
    const message = mails[0]!;
    expect(message.subject).toBe('Invitation til samtale om Bogholder');
    expect(message.from?.text).toContain('job@nordhavn.example');
    expect(addressesOf(message.replyTo)).toEqual(['anna@nordhavn.example']);
    expect(message.messageId).toMatch(/@job\.nordhavn\.example>$/);
    expect(message.text).toContain('Kære Søren');
    expect(message.text).toContain('personlig samtale tirsdag den 10. marts 2026 kl. 10.00–10.45 CET (45 minutter) med Anna Holm og Bo Lindqvist, Havnegade 1.');
    expect(message.text).toContain('Hilsen Anna Holm, Nordhavn Byg A/S');
    const link = invitations[0]!.confirmUrl;
    expect(link).toMatch(/^https:\/\/job\.nordhavn\.example\/i\/[A-Za-z0-9_-]{43}$/);
    expect(occurrences(message.text!, link)).toBe(1);
    // The button and the plain address below it, for mail programs that show no buttons.
    expect(occurrences(String(message.html), `href="${link}"`)).toBe(2);
    expect(String(message.html)).toContain('Kære Søren');

    const calendar = calendarOf(message);
    expect(calendar).toMatchObject({
      method: 'REQUEST',
      uid: `interview-${interviewIds[0]}@samtale`,
      tzid: 'Europe/Copenhagen',
      localStart: '2026-03-10T10:00:00',
      localEnd: '2026-03-10T10:45:00',
      start: '2026-03-10T09:00:00.000Z',
      end: '2026-03-10T09:45:00.000Z',
    });
    expect(calendar.attendees).toContain('soeren@mail.example');
  });

  it('five applicants in three languages each get their own language and their own slot, and each recruiter a calendar invitation per slot', async () => {
    const setup = await company();
    const people = [
      ['Mette', 'Kjær', 'da'],
      ['Emma', 'Thompson', 'en'],
      ['Astrid', 'Lindgren', 'sv'],
      ['Oliver', 'Bennett', 'en'],
      ['Jens', 'Bæk', 'da'],
    ] as const;
    const ids = [];
    for (const [first, last, language] of people) ids.push(await setup.applicant(first, last, language));
    const { invitations } = await invite(setup, ids, { breakMinutes: 15 });

    const expected = {
      mette: { subject: 'Invitation til samtale om Bogholder', greeting: 'Kære Mette', start: '2026-03-10T09:00:00.000Z' },
      emma: { subject: 'Interview for Bogholder', greeting: 'Dear Emma Thompson,', start: '2026-03-10T10:00:00.000Z' },
      astrid: { subject: 'Intervju: Bogholder', greeting: 'Hej Astrid!', start: '2026-03-10T11:00:00.000Z' },
      oliver: { subject: 'Interview for Bogholder', greeting: 'Dear Oliver Bennett,', start: '2026-03-10T12:00:00.000Z' },
      jens: { subject: 'Invitation til samtale om Bogholder', greeting: 'Kære Jens', start: '2026-03-10T13:00:00.000Z' },
    };
    for (const [index, [name, want]] of Object.entries(expected).entries()) {
      const mails = await mailTo(`${name}@mail.example`);
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.subject).toBe(want.subject);
      expect(mail.text).toContain(want.greeting);
      expect(occurrences(mail.text!, invitations[index]!.confirmUrl)).toBe(1);
      for (const other of invitations.filter((_, i) => i !== index)) expect(mail.text).not.toContain(other.confirmUrl);
      expect(calendarOf(mail).start).toBe(want.start);
    }
    expect(await mailTo('emma@mail.example').then(([mail]) => mail!.text)).toContain('in-person interview on Tuesday, 10 March 2026 at 11:00–11:45 CET');
    expect(await mailTo('anna@nordhavn.example')).toHaveLength(5);
    expect(await mailTo('bo@nordhavn.example')).toHaveLength(5);
  });

  it('a group interview is one event that every applicant and recruiter gets, and no applicant sees the others', async () => {
    const setup = await company();
    const ids = [await setup.applicant('Mette', 'Kjær', 'da'), await setup.applicant('Emma', 'Thompson', 'en'), await setup.applicant('Jens', 'Bæk', 'da')];
    const { interviewIds } = await invite(setup, ids, { type: 'group', durationMinutes: 90 });
    expect(interviewIds).toHaveLength(1);
    const uid = `interview-${interviewIds[0]}@samtale`;

    for (const name of ['mette', 'emma', 'jens']) {
      const [mail] = await mailTo(`${name}@mail.example`);
      const calendar = calendarOf(mail!);
      expect(calendar).toMatchObject({ uid, start: '2026-03-10T09:00:00.000Z', end: '2026-03-10T10:30:00.000Z' });
      expect(calendar.attendees.filter((address) => address.endsWith('@mail.example'))).toEqual([`${name}@mail.example`]);
      expect(mail!.text).toMatch(/gruppesamtale|group interview/);
    }
    const recruiterMails = await mailTo('anna@nordhavn.example');
    expect(recruiterMails).toHaveLength(1);
    expect(recruiterMails[0]!.subject).toBe('Gruppesamtale: Mette Kjær, Emma Thompson og Jens Bæk – Bogholder');
    expect(calendarOf(recruiterMails[0]!).attendees).toEqual(
      expect.arrayContaining(['anna@nordhavn.example', 'bo@nordhavn.example', 'mette@mail.example', 'emma@mail.example', 'jens@mail.example']),
    );
    expect(calendarOf(recruiterMails[0]!).uid).toBe(uid);
  });

  it("shows the email as sent on the candidate's page", async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', 'Ågård', 'da');
    await invite(setup, [applicationId]);
    const page = (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie: setup.cookie } })).json();
    expect(page.messages).toEqual([
      expect.objectContaining({ kind: 'interview_invitation', status: 'sent', attempts: 1, sentAt: '2026-03-02T08:00:00.000Z', recipient: 'soeren@mail.example' }),
    ]);
  });
});
