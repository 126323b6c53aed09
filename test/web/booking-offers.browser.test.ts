import type { APIRequestContext, Cookie, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * The recruiter's side of offered times, as a Danish recruiter whose browser is in New York: anna offers four
 * in-person times (Thursday 10 December 09:00–10:30 Copenhagen time in three slots of 30 minutes, and Friday 11
 * December 13:00) to three of the project manager's applicants. Søren books the first from his link; three days
 * later Line and Ida still have not chosen. Copenhagen's 09.00 is 03.00 in New York: a time in the browser's zone
 * fails the test.
 */
const CREATED = '2026-11-30T08:00:00Z';
// Thursday 3 December: two working days after the email, so those who have not booked are flagged.
const NOW = '2026-12-03T08:00:00Z';
const PM = 'Projektleder til boligbyggeri';
const APPLICANTS = { Søren: 'Østergaard', Line: 'Bæk', Ida: 'Møller', Astrid: 'Lindgren' } as const;

const web = webAppInChromium(CREATED);

interface Offer {
  offerId: string;
  projectId: string;
  applicationIds: Record<keyof typeof APPLICANTS, string>;
}
let offer: Offer;
let session: Cookie[];

interface Sent {
  offerId: string;
  slots: { id: string }[];
  bookingInvitations: { applicationId: string; bookingUrl: string }[];
}

async function json<T>(request: APIRequestContext, method: 'get' | 'post', path: string, data?: object): Promise<T> {
  const response = await request[method](path, data === undefined ? {} : { data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** The API as anna (through `request`, signed in): her id, the project manager's project, and offering times in it. */
async function annaApi(request: APIRequestContext) {
  const me = await json<{ id: string }>(request, 'get', '/api/me');
  const projects = await json<{ items: { id: string; title: string }[] }>(request, 'get', '/api/projects');
  const projectId = projects.items.find((project) => project.title === PM)!.id;
  const applicationOf = async (firstName: string, lastName: string) => {
    type Listed = { items: { id: string; candidate: { firstName: string; lastName: string } }[] };
    const list = await json<Listed>(request, 'get', `/api/projects/${projectId}/applications?q=${encodeURIComponent(lastName)}`);
    const found = list.items.filter((item) => item.candidate.firstName === firstName && item.candidate.lastName === lastName);
    expect(found).toHaveLength(1);
    return found[0]!.id;
  };
  const offerTimes = (applicationIds: string[], times: object) =>
    json<Sent>(request, 'post', `/api/projects/${projectId}/booking-offers`, {
      applicationIds,
      offer: { recruiterIds: [me.id], ...times },
      email: {
        action: 'send_email',
        variants: {
          da: { subject: 'Vælg en tid til samtale: {jobtitle}', body: 'Kære {firstname}\n\nVælg en tid senest {bookingdeadline}: {confirmlink}' },
          en: { subject: 'Choose a time for an interview: {jobtitle}', body: 'Dear {firstname}\n\nChoose a time by {bookingdeadline}: {confirmlink}' },
        },
      },
    });
  return { projectId, applicationOf, offerTimes };
}

/** The candidate's phone, without JavaScript, on the booking page their email links to: the first time listed. */
async function bookFirstTime(sent: Sent, applicationId: string): Promise<void> {
  const phone = await web.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const booking = await phone.newPage();
  await booking.goto(sent.bookingInvitations.find((invitation) => invitation.applicationId === applicationId)!.bookingUrl);
  await booking.getByRole('radio').first().check();
  await booking.locator('form.booking button[type="submit"]').click();
  await booking.waitForLoadState();
  const booked = await web.test.ctx.db.selectFrom('booking_invitations').select('status').where('application_id', '=', applicationId).where('offer_id', '=', sent.offerId).executeTakeFirstOrThrow();
  expect(booked.status, (await booking.locator('body').textContent()) ?? '').toBe('booked');
  await phone.close();
}

/** The candidate's phone on the booking page: none of the times suit, so they ask to be contacted for another. */
async function askForAnotherTime(sent: Sent, applicationId: string, message: string): Promise<void> {
  const phone = await web.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const booking = await phone.newPage();
  await booking.goto(sent.bookingInvitations.find((invitation) => invitation.applicationId === applicationId)!.bookingUrl);
  await booking.locator('form.new-time textarea').fill(message);
  await booking.locator('form.new-time button[type="submit"]').click();
  await booking.waitForLoadState();
  await phone.close();
}

/** The offer of four times to Søren, Line, Ida and Astrid; Søren books the first, Astrid asks for another time. Then three days pass. */
beforeAll(async () => {
  const context = await web.browser.newContext({ baseURL: web.base });
  await json(context.request, 'post', '/api/auth/login', { email: 'anna@demo.example', password: 'samtale-demo' });
  const anna = await annaApi(context.request);
  const applicationIds = {} as Offer['applicationIds'];
  for (const [first, last] of Object.entries(APPLICANTS)) applicationIds[first as keyof typeof APPLICANTS] = await anna.applicationOf(first, last);
  const sent = await anna.offerTimes(Object.values(applicationIds), {
    type: 'in_person',
    durationMinutes: 30,
    location: 'Havnegade 1, København',
    windows: [{ date: '2026-12-10', from: '09:00', to: '10:30' }],
    slots: [{ date: '2026-12-11', time: '13:00' }],
  });
  expect(sent.slots).toHaveLength(4);
  offer = { offerId: sent.offerId, projectId: anna.projectId, applicationIds };
  await bookFirstTime(sent, applicationIds.Søren);
  await askForAnotherTime(sent, applicationIds.Astrid, 'Jeg er på ferie den uge.');
  await context.close();
  web.test.clock.set(NOW);

  // One sign-in for the tests, once the days have passed: the server allows ten a minute, and each test's browser
  // takes this session.
  const later = await web.browser.newContext({ baseURL: web.base });
  await json(later.request, 'post', '/api/auth/login', { email: 'anna@demo.example', password: 'samtale-demo' });
  session = await later.cookies();
  await later.close();
});

const offerPage = () => `/projects/${offer.projectId}/booking-offers/${offer.offerId}`;
const thursday = (page: Page) => page.getByTestId('offer-day-2026-12-10');

/** anna's browser in New York, signed in with the file's session, on the Recruitment overview. */
async function signedIn(viewport = DESKTOP) {
  const browser = await recruiterBrowser(web.browser, web.base, viewport, { clockAt: NOW });
  await browser.context.addCookies(session);
  await browser.page.goto('/projects');
  await expect.poll(() => browser.page.getByRole('heading', { level: 1 }).textContent()).toBe('Rekrutteringsoversigt');
  return browser;
}

async function openOfferFromProject(page: Page): Promise<void> {
  await page.getByRole('link', { name: PM }).click();
  const listed = page.getByTestId('project-offer');
  await expect.poll(() => listed.count()).toBe(1);
  expect(await listed.getByTestId('project-offer-progress').textContent()).toBe('1 af 4 tider booket · 2 har ikke valgt');
  await expectAccessible(page);
  await screenshot(page, 'booking-offer-project-list');
  await listed.getByRole('link', { name: 'Personlig samtale, 30 min.' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(offerPage());
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Personlig samtale, 30 min.');
}

/** Each slot as read: its time, whether booked, and by whom. */
async function slotTexts(page: Page): Promise<string[]> {
  const texts: string[] = [];
  for (const slot of await page.getByTestId('offer-slot').all()) {
    const bookers = (await slot.getByTestId('offer-slot-booker').allTextContents()).join(', ');
    texts.push(`${await slot.getByTestId('offer-slot-time').textContent()} ${await slot.getByTestId('offer-slot-state').textContent()} ${bookers}`.trim());
  }
  return texts;
}

describe('the offer of times on the recruiter side (da-DK, browser in New York)', () => {
  it("shows the slots at Copenhagen's time, booked by Søren or free, and who has not chosen, with the no-reply flag", async () => {
    const { page, problems } = await signedIn();
    await openOfferFromProject(page);
    expect(await page.getByTestId('offer-status').textContent()).toBe('Åben for booking');
    // The default deadline: a day before the first time, at Copenhagen's 09.00 (03.00 in New York).
    expect(await page.getByTestId('offer-deadline').textContent()).toMatch(/^onsdag den 9\. december 2026 kl\. 09\.00/);
    expect(await page.getByText('Havnegade 1, København').isVisible()).toBe(true);

    expect(await thursday(page).getByRole('heading').textContent()).toBe('torsdag 10. dec.');
    expect(await slotTexts(page)).toEqual([
      '09.00–09.30 Booket: Søren Østergaard',
      '09.30–10.00 Ledig',
      '10.00–10.30 Ledig',
      '13.00–13.30 Ledig',
    ]);
    expect(await page.getByTestId('offer-day-2026-12-11').getByTestId('offer-slot').count()).toBe(1);

    // Those to follow up first: no reply after two working days, by name; then Astrid, who asked for another time.
    const waiting = page.getByTestId('offer-invitee');
    expect(await waiting.getByRole('link').allTextContents()).toEqual(['Ida Møller', 'Line Bæk', 'Astrid Lindgren']);
    expect(await waiting.getByTestId('offer-invitee-status').allTextContents()).toEqual(['Har ikke valgt endnu', 'Har ikke valgt endnu', 'Har bedt om et andet tidspunkt']);
    expect(await waiting.getByTestId('offer-no-reply').allTextContents()).toEqual(['! Intet svar', '! Intet svar']);
    expect(await page.getByText('3 af 4 inviterede har ikke booket en tid.').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'booking-offer');

    // The booked slot leads to Søren's Application and CV, where the interview is edited as any other.
    await thursday(page).getByRole('link', { name: 'Søren Østergaard' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/applications/${offer.applicationIds.Søren}`);
    expect(problems).toEqual([]);
  });

  it('sends a reminder to choose a time to those who have not, after saying to whom, and tells how many got it', async () => {
    const { page, problems } = await signedIn();
    await page.goto(offerPage());
    await page.getByTestId('offer-remind').click();
    const dialog = page.getByTestId('offer-remind-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const recipients = await dialog.getByTestId('recipients').textContent();
    expect(recipients).toMatch(/Line Bæk.*line\.baek@mail\.example/);
    expect(recipients).toMatch(/Ida Møller/);
    expect(recipients).not.toMatch(/Søren/);
    await expectAccessible(page);
    await screenshot(page, 'booking-offer-remind');

    const before = await web.test.ctx.db.selectFrom('messages').select('id').where('kind', '=', 'booking_invitation').execute();
    await dialog.getByTestId('offer-remind-send').click();
    await expect.poll(() => page.getByTestId('offer-notice').textContent()).toBe('Påmindelsen er sendt til 2 ansøgere.');
    expect(await dialog.isVisible()).toBe(false);
    const after = await web.test.ctx.db.selectFrom('messages').select(['id', 'recipient']).where('kind', '=', 'booking_invitation').execute();
    expect(after.length - before.length).toBe(2);
    expect(problems).toEqual([]);
  });

  it("adds a time after reading it back, and shows the server's refusal of one over a time already offered at its row", async () => {
    const { page, problems } = await signedIn();
    await page.goto(offerPage());
    await expect.poll(() => page.getByTestId('offer-slot').count()).toBe(4);
    await page.getByTestId('offer-add').click();
    const dialog = page.getByTestId('offer-add-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The form opens with a window; this time one single time is wanted.
    await dialog.getByRole('button', { name: 'Fjern tidsrum 1' }).click();
    await dialog.getByTestId('offer-add-continue').click();
    await expect.poll(() => dialog.getByText('Tilføj et tidsrum eller en enkelt tid.').isVisible()).toBe(true);

    await dialog.getByTestId('offer-add-another-slot').click();
    const row = dialog.getByTestId('offer-add-slot');
    await typeInto(row.getByTestId('offer-add-slot-date'), '10122026');
    await typeInto(row.getByTestId('offer-add-slot-time'), '0915');
    await dialog.getByTestId('offer-add-continue').click();
    await expect.poll(() => dialog.getByTestId('offer-add-summary').textContent()).toBe('torsdag 10. dec. 09.15–09.45');
    await dialog.getByTestId('offer-add-confirm-send').click();
    await expect.poll(() => dialog.getByTestId('offer-add-refusal').textContent()).toBe('Overlapper en tid, der allerede er tilbudt.');
    // What was typed is kept, to be put right.
    expect(await shown(row.getByTestId('offer-add-slot-time'))).toBe('09.15');
    await expectAccessible(page);
    await screenshot(page, 'booking-offer-add-refused');

    // The week after, so the calendar's week of the offer reads the same whichever of these tests ran.
    await typeInto(row.getByTestId('offer-add-slot-date'), '17122026');
    await typeInto(row.getByTestId('offer-add-slot-time'), '1400');
    await dialog.getByTestId('offer-add-continue').click();
    await expect.poll(() => dialog.getByTestId('offer-add-summary').textContent()).toBe('torsdag 17. dec. 14.00–14.30');
    await dialog.getByTestId('offer-add-confirm-send').click();
    await expect.poll(() => page.getByTestId('offer-notice').textContent()).toBe('1 tid er tilføjet.');
    expect(await page.getByTestId('offer-day-2026-12-17').getByTestId('offer-slot-time').allTextContents()).toEqual(['14.00–14.30']);
    expect(await page.getByTestId('offer-slot').count()).toBe(5);
    expect(problems).toEqual([`400 /api/booking-offers/${offer.offerId}/slots`]);
  });

  it('fits a phone: the days of slots and then who has not chosen, one under the other', async () => {
    const { page, problems } = await signedIn(PHONE);
    await page.goto(offerPage());
    await expect.poll(() => thursday(page).getByTestId('offer-slot').count()).toBe(3);
    await expectNoSidewaysScroll(page);
    const days = await page.getByTestId('offer-days').boundingBox();
    const waiting = await page.getByTestId('offer-not-booked').boundingBox();
    expect(waiting!.y).toBeGreaterThan(days!.y + days!.height - 1);
    await expectAccessible(page);
    await screenshot(page, 'booking-offer');
    await page.getByTestId('offer-not-booked').scrollIntoViewIfNeeded();
    await screenshot(page, 'booking-offer-not-booked');

    // Adding times on a phone: a window's date, from and to fit the screen, one under the other if need be.
    await page.getByTestId('offer-add').click();
    const dialog = page.getByTestId('offer-add-dialog');
    await dialog.getByTestId('offer-add-another-slot').click();
    await expect.poll(() => dialog.getByTestId('offer-add-slot').count()).toBe(1);
    await expectNoSidewaysScroll(page);
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await screenshot(page, 'booking-offer-add');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });

  it("shows the free and the booked slot apart in the calendar's week, on a wide screen and a phone, each leading to the offer", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, problems } = await signedIn(viewport);
      await page.goto('/calendar?week=2026-12-07');
      const day = page.getByTestId('calendar-day-2026-12-10');
      await expect.poll(() => day.getByTestId('calendar-interview').count()).toBe(3);
      const [booked, free] = await day.getByTestId('calendar-interview').all();
      expect(await booked!.getByTestId('calendar-interview-time').textContent()).toBe('09.00–09.30');
      expect(await booked!.getByTestId('calendar-offered-state').textContent()).toBe('Booket tid');
      expect(await booked!.getByTestId('calendar-invitee').getByRole('link').textContent()).toBe('Søren Østergaard');
      expect(await free!.getByTestId('calendar-interview-time').textContent()).toBe('09.30–10.00');
      expect(await free!.getByTestId('calendar-offered-state').textContent()).toBe('Ledig tid');
      expect(await free!.getByTestId('calendar-invitee').count()).toBe(0);
      // Drawn apart as well as worded apart: the free one dashed on white, the booked one solid and tinted.
      const look = (card: typeof booked) => card!.evaluate((element) => ({ border: getComputedStyle(element).borderLeftStyle, background: getComputedStyle(element).backgroundColor }));
      expect(await look(free)).toEqual({ border: 'dashed', background: 'rgb(255, 255, 255)' });
      expect(await look(booked)).toEqual({ border: 'solid', background: 'rgb(243, 247, 246)' });
      expect(await page.getByRole('status').first().textContent()).toBe('1 samtale denne uge · 3 ledige tider');
      if (viewport === PHONE) await expectNoSidewaysScroll(page);
      await expectAccessible(page);
      await day.scrollIntoViewIfNeeded();
      await screenshot(page, 'booking-offer-calendar-week');

      await free!.getByTestId('calendar-offer-link').click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(offerPage());
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });

  it('marks the free slots in the month view too', async () => {
    const { page, problems } = await signedIn();
    await page.goto('/calendar?view=month&month=2026-12');
    const day = page.getByTestId('calendar-month-day-2026-12-10');
    await expect.poll(() => day.getByTestId('calendar-month-interview').count()).toBe(3);
    expect(await day.getByTestId('calendar-offered-state').allTextContents()).toEqual(['Booket tid', 'Ledig tid', 'Ledig tid']);
    expect(await day.getByTestId('calendar-month-answers').allTextContents()).toEqual(['1 Accepteret']);
    await expectAccessible(page);
    await screenshot(page, 'booking-offer-calendar-month');
    expect(problems).toEqual([]);
  });

  it("shows on Application and CV that Søren booked, and that Line has not chosen by the deadline, each leading to the offer", async () => {
    const { page, problems } = await signedIn();
    await page.goto(`/applications/${offer.applicationIds.Søren}`);
    const søren = page.getByTestId('booking-invitation');
    await expect.poll(() => søren.getByTestId('booking-invitation-text').textContent()).toBe('Har booket torsdag 10. dec. 09.00–09.30');
    // The booked time is an interview like any other below it, with Edit meeting invitation.
    expect(await page.getByTestId('invitation').first().getByTestId('interview-time').textContent()).toMatch(/torsdag den 10\. december 2026 kl\. 09\.00/);
    expect(await page.getByTestId('invitation').first().getByTestId('edit-invitation').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'booking-offer-application-booked');

    await page.goto(`/applications/${offer.applicationIds.Line}`);
    const line = page.getByTestId('booking-invitation');
    await expect.poll(() => line.getByTestId('booking-invitation-text').textContent()).toBe('Inviteret til at vælge tid — har ikke valgt endnu (frist 9. dec. 2026, 09.00)');
    expect(await line.getByTestId('no-reply').isVisible()).toBe(true);
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await line.scrollIntoViewIfNeeded();
    await screenshot(page, 'booking-offer-application-awaiting');
    await line.getByTestId('booking-invitation-offer').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(offerPage());
    expect(problems).toEqual([]);
  });

  it('closes the offer after saying what it means: the booked time stays, the actions go', async () => {
    const { page, problems } = await signedIn();
    await page.goto(offerPage());
    await page.getByTestId('offer-close').click();
    const dialog = page.getByTestId('offer-close-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toMatch(/2 ansøgere har ikke valgt tid/);
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.getByTestId('offer-status').textContent()).toBe('Åben for booking');

    await page.getByTestId('offer-close').click();
    await page.getByTestId('offer-close-confirm').click();
    await expect.poll(() => page.getByTestId('offer-status').textContent()).toBe('Lukket');
    expect(await page.getByRole('status').filter({ has: page.getByTestId('offer-closed') }).textContent()).toMatch(/^Tilbuddet er lukket: ansøgere kan ikke længere booke/);
    expect(await page.getByTestId('offer-remind').count()).toBe(0);
    expect(await thursday(page).getByTestId('offer-slot-booker').textContent()).toBe('Søren Østergaard');
    // Nobody waits for a reply from a closed offer.
    expect(await page.getByTestId('offer-no-reply').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'booking-offer-closed');

    await page.goto(`/projects/${offer.projectId}`);
    await expect.poll(() => page.getByTestId('project-offer').textContent()).toMatch(/Lukket/);
    expect(problems).toEqual([]);
  });

  it('words a group offer in English: seats booked of each time, in the calendar as "2/4"', async () => {
    // A group session on Tuesday 15 December, 10:00 and 13:00 Copenhagen time, four seats each; two of three book 10:00.
    const { page, problems } = await signedIn();
    const anna = await annaApi(page.request);
    const emma = await anna.applicationOf('Emma', 'Thompson');
    const karoline = await anna.applicationOf('Karoline', 'Dahl');
    const rasmus = await anna.applicationOf('Rasmus', 'Fogh');
    const sent = await anna.offerTimes([emma, karoline, rasmus], {
      type: 'group',
      durationMinutes: 60,
      seatsPerSlot: 4,
      location: 'Havnegade 1, København',
      slots: [
        { date: '2026-12-15', time: '10:00' },
        { date: '2026-12-15', time: '13:00' },
      ],
    });
    await bookFirstTime(sent, emma);
    await bookFirstTime(sent, karoline);

    await page.getByRole('radio', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.goto(`/projects/${anna.projectId}`);
      const listed = page.getByTestId('project-offer').filter({ hasText: 'Group interview' });
      await expect.poll(() => listed.getByTestId('project-offer-progress').textContent()).toBe('2 of 8 seats booked · 1 has not chosen');
      await listed.getByRole('link', { name: 'Group interview, 60 min' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Group interview, 60 min');
      expect(await page.getByTestId('offer-day-2026-12-15').getByRole('heading').textContent()).toBe('Tuesday 15 Dec');
      expect(await slotTexts(page)).toEqual(['10:00–11:00 2 of 4 seats booked Emma Thompson, Karoline Dahl', '13:00–14:00 Free, 4 seats']);
      expect(await page.getByTestId('offer-invitee').textContent()).toMatch(/^Rasmus Fogh\s*Has not chosen yet/);
      if (viewport === PHONE) await expectNoSidewaysScroll(page);
      await expectAccessible(page);
      await screenshot(page, 'booking-offer-group');

      await page.goto('/calendar?week=2026-12-14');
      const day = page.getByTestId('calendar-day-2026-12-15');
      const states = day.getByTestId('calendar-offered-state');
      await expect.poll(() => states.count()).toBe(2);
      // "2/4" to the eye, "2 of 4 seats booked" to a screen reader.
      expect(await states.locator('[aria-hidden="true"]').allTextContents()).toEqual(['2/4', '0/4']);
      expect(await states.first().textContent()).toMatch(/^Booked time .*2 of 4 seats booked$/);
      expect(await states.last().textContent()).toMatch(/^Free time /);
      await day.scrollIntoViewIfNeeded();
      await screenshot(page, 'booking-offer-group-calendar');
    }
    expect(problems).toEqual([]);
  });
});

/** What a date or time field shows, as the recruiter reads it: '10.12.2026', '09.15'. */
const shown = async (field: ReturnType<Page['getByTestId']>) => (await field.getByRole('group').first().textContent())!.replace(/[\u2066-\u2069]/g, '');

/** Types into a date or time field as on a keyboard: from its first segment, each segment moving on when full. */
async function typeInto(field: ReturnType<Page['getByTestId']>, digits: string): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(digits);
}
