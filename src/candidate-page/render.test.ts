import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../domain/languages.js';
import { ANSWERS } from '../domain/response-status.js';
import { bookingPage, type BookingPageView } from './booking-page.js';
import {
  answeredPage,
  closedPage,
  confirmWithdrawalPage,
  invitationPage,
  notFoundPage,
  tooManyRequestsPage,
  type InvitationView,
} from './render.js';
import { CLOSED_REASONS, PAGE_TEXTS, pageLanguage } from './texts.js';

function invitation(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    language: 'da',
    companyName: 'Nordhavn Byg A/S',
    jobTitle: 'Tømrer',
    interviewType: 'personlig samtale',
    date: 'mandag den 6. juli 2026',
    time: '09.00–09.45 CEST',
    duration: '45 minutter',
    where: 'Nordhavnsvej 1, København',
    meetingUrl: null,
    recruiters: 'Anna Holm og Bo Lindqvist',
    currentAnswer: 'awaiting',
    formAction: '/i/tok3n',
    csrfToken: 'csrf-123',
    calendarUrl: '/i/tok3n/interview.ics',
    ...overrides,
  };
}

/** A booking page of two days' free times, Danish, nothing booked: tests change what they are about. */
export function bookingView(overrides: Partial<BookingPageView> = {}): BookingPageView {
  return {
    language: 'da',
    companyName: 'Nordhavn Byg A/S',
    jobTitle: 'Tømrer',
    interviewType: 'personlig samtale',
    duration: '45 minutter',
    where: 'Havnegade 1\n2. sal',
    meetingUrl: null,
    recruiters: 'Anna Holm og Bo Lund',
    zoneName: 'dansk tid (CET)',
    deadline: 'mandag den 9. marts 2026 kl. 10.00',
    days: [
      { date: 'tirsdag den 10. marts 2026', slots: [{ id: 's1', time: '09.00–09.45', seatsLeft: null }, { id: 's2', time: '10.00–10.45', seatsLeft: null }] },
      { date: 'onsdag den 11. marts 2026', slots: [{ id: 's3', time: '13.00–13.45', seatsLeft: null }] },
    ],
    booked: null,
    slotGone: false,
    formAction: '/i/tok3n',
    csrfToken: 'csrf-1',
    ...overrides,
  };
}

/** Every page the candidate can see, in every language and state. */
function everyPage(): { name: string; language: Language; html: string }[] {
  return SUPPORTED_LANGUAGES.flatMap((language) => [
    ...(['awaiting', 'accepted', 'declined', 'new_time_requested'] as const).map((currentAnswer) => ({
      name: `invitation (${currentAnswer})`,
      html: invitationPage(invitation({ language, currentAnswer, meetingUrl: 'https://meet.example/x' })),
    })),
    {
      name: 'confirm withdrawal',
      html: confirmWithdrawalPage({ language, companyName: 'A', jobTitle: 'B', formAction: '/i/t', csrfToken: 'c' }),
    },
    ...ANSWERS.map((answer) => ({
      name: `answered (${answer})`,
      html: answeredPage({ language, answer, companyName: 'A', jobTitle: 'B', backUrl: '/i/t', calendarUrl: answer === 'accepted' ? '/i/t/interview.ics' : null }),
    })),
    ...CLOSED_REASONS.map((reason) => ({ name: `closed (${reason})`, html: closedPage(language, reason) })),
    { name: 'booking (free times)', html: bookingPage(bookingView({ language })) },
    { name: 'booking (booked, one gone)', html: bookingPage(bookingView({ language, booked: { slotId: 's1', date: 'tirsdag den 10. marts 2026', time: '09.00–09.45' }, slotGone: true })) },
    { name: 'booking (none left)', html: bookingPage(bookingView({ language, days: [] })) },
    { name: 'not found', html: notFoundPage(language) },
    { name: 'too many requests', html: tooManyRequestsPage(language) },
  ].map((page) => ({ ...page, language })));
}

const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity] ?? entity);
const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => Object.entries(UNESCAPES).find(([, raw]) => raw === character)?.[0] ?? character);

interface Form {
  action: string;
  fields: Record<string, string>;
  body: string;
}

function formsOf(html: string): Form[] {
  return Array.from(html.matchAll(/<form ([^>]*)>([\s\S]*?)<\/form>/g), ([, attributes = '', body = '']) => ({
    action: unescape(/action="([^"]*)"/.exec(attributes)?.[1] ?? ''),
    fields: Object.fromEntries(
      Array.from(body.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g), ([, name = '', value = '']) => [
        name,
        unescape(value),
      ]),
    ),
    body,
  }));
}

// The only attributes the pages are written with: one smuggled in by a value (`" onmouseover="…`) is caught.
const ATTRIBUTES = new Set([
  'lang', 'charset', 'name', 'content', 'rel', 'href', 'class', 'method', 'action', 'type', 'value', 'for', 'id',
  'rows', 'maxlength', 'aria-describedby', 'target', 'required', 'checked', 'role',
]);

/** Why the markup is not as written by render.ts, or null: every `<` opens a known-shaped tag, every attribute is quoted. */
function markupProblem(html: string): string | null {
  let rest = html.replace(/^<!doctype html>\n/, '');
  while (rest.includes('<')) {
    rest = rest.slice(rest.indexOf('<'));
    const tag = /^<\/?([a-z][a-z0-9]*)((?: [a-z-]+="[^"<>]*")*)>/.exec(rest);
    if (!tag) return `stray markup at ${JSON.stringify(rest.slice(0, 60))}`;
    for (const [, name = ''] of (tag[2] ?? '').matchAll(/ ([a-z-]+)="/g)) {
      if (!ATTRIBUTES.has(name)) return `unexpected attribute ${name} in ${tag[0]}`;
    }
    rest = rest.slice(tag[0].length);
  }
  return rest.includes('>') ? 'stray >' : null;
}

describe('every page', () => {
  it('is a whole UTF-8 document in its language, for a phone, linking the one stylesheet', () => {
    for (const page of everyPage()) {
      expect(page.html, page.name).toMatch(/^<!doctype html>\n<html lang="[a-z]{2}">\n<head>\n<meta charset="utf-8">\n/);
      expect(page.html, page.name).toContain(`<html lang="${page.language}">`);
      expect(page.html, page.name).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(page.html, page.name).toContain('<link rel="stylesheet" href="/i/assets/page.css">');
      expect(page.html, page.name).toMatch(/<title>[^<]+<\/title>/);
      expect(page.html, page.name).toMatch(/<\/html>\n$/);
    }
  });

  it('holds no script, no style element and no style attribute, so it works under a CSP without unsafe-inline', () => {
    for (const page of everyPage()) {
      expect(page.html, page.name).not.toMatch(/<script/i);
      expect(page.html, page.name).not.toMatch(/<style/i);
      expect(page.html, page.name).not.toMatch(/style=/i);
      expect(page.html, page.name).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('keeps the link’s token out of Referer headers and search engines', () => {
    for (const page of everyPage()) {
      expect(page.html, page.name).toContain('<meta name="referrer" content="no-referrer">');
      expect(page.html, page.name).toContain('<meta name="robots" content="noindex, nofollow">');
    }
  });

  it('has one h1 first and never skips a heading level', () => {
    for (const page of everyPage()) {
      const levels = Array.from(page.html.matchAll(/<h([1-6])>/g), ([, level]) => Number(level));
      expect(levels[0], page.name).toBe(1);
      expect(levels.filter((level) => level === 1), page.name).toHaveLength(1);
      levels.slice(1).forEach((level, index) => expect(level, page.name).toBeLessThanOrEqual((levels[index] ?? 0) + 1));
    }
  });

  it('is markup exactly as written, with every attribute quoted', () => {
    for (const page of everyPage()) expect(markupProblem(page.html), page.name).toBeNull();
  });

  it('answers only with real buttons', () => {
    for (const page of everyPage()) {
      for (const form of formsOf(page.html)) expect(form.body, page.name).toMatch(/<button type="submit" class="[^"]*">[^<]+<\/button>/);
    }
  });
});

describe('invitationPage', () => {
  it('offers the interview as a file for the candidate’s own calendar, below its details', () => {
    const html = invitationPage(invitation({ language: 'en' }));
    expect(html).toMatch(/<\/dl>\n<p><a class="calendar-link" href="\/i\/tok3n\/interview\.ics">Add to my calendar<\/a><\/p>/);
  });

  it('shows the interview in Danish, with the four answers in the source’s words', () => {
    const html = invitationPage(invitation());
    expect(html).toContain('<h1>Invitation til samtale</h1>');
    for (const text of ['Nordhavn Byg A/S', 'Tømrer', 'Personlig samtale', 'mandag den 6. juli 2026', '09.00–09.45 CEST', '45 minutter', 'Nordhavnsvej 1, København', 'Anna Holm og Bo Lindqvist']) {
      expect(html).toContain(`<dd>${text}</dd>`);
    }
    for (const label of ['Virksomhed', 'Stilling', 'Type af samtale', 'Dato', 'Tid', 'Varighed', 'Sted', 'Samtalen holdes af']) {
      expect(html).toContain(`<dt>${label}</dt>`);
    }
    for (const answer of ['Ja tak, jeg vil gerne deltage', 'Nej tak, jeg ønsker ikke at deltage', 'Kontakt mig for en ny aftale', 'Annullér min ansøgning']) {
      expect(html).toContain(`>${answer}</button>`);
    }
  });

  it('shows the interview in English, with the four answers in the source’s words', () => {
    const html = invitationPage(
      invitation({ language: 'en', interviewType: 'phone interview', date: 'Monday 6 July 2026', duration: '45 minutes', where: 'We will call you' }),
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Invitation to interview</h1>');
    expect(html).toContain('<dt>Type of interview</dt><dd>Phone interview</dd>');
    expect(html).toContain('<dt>Place</dt><dd>We will call you</dd>');
    for (const answer of ['Yes, I would like to attend', 'No, I do not wish to attend', 'Contact me for a new appointment', 'Cancel my application']) {
      expect(html).toContain(`>${answer}</button>`);
    }
  });

  it('offers the four answers, each a form posting its value and the CSRF token to the form action', () => {
    const forms = formsOf(invitationPage(invitation({ formAction: '/i/abc', csrfToken: 'tok-1' })));
    expect(forms.map((form) => form.fields.answer)).toEqual(['accepted', 'declined', 'new_time_requested', 'not_relevant']);
    for (const form of forms) {
      expect(form.action).toBe('/i/abc');
      expect(form.fields.csrf).toBe('tok-1');
      expect(form.body).toContain(`>${PAGE_TEXTS.da.answers[form.fields.answer as (typeof ANSWERS)[number]]}</button>`);
    }
  });

  it('posts every form with method post', () => {
    const html = invitationPage(invitation());
    expect(html.match(/<form /g)).toHaveLength(4);
    expect(html.match(/<form class="[^"]*" method="post" action="\/i\/tok3n">/g)).toHaveLength(4);
  });

  it('asks to cancel the application without confirm, so that the server asks "are you sure?" first', () => {
    const withdrawal = formsOf(invitationPage(invitation())).find((form) => form.fields.answer === 'not_relevant');
    expect(withdrawal?.fields).toEqual({ answer: 'not_relevant', csrf: 'csrf-123' });
  });

  it('lets the candidate add an optional, labelled message of at most 1000 characters to a request for a new time', () => {
    const forms = formsOf(invitationPage(invitation()));
    const newTime = forms.find((form) => form.fields.answer === 'new_time_requested');
    expect(newTime?.body).toContain('<label for="message">Besked (valgfri)</label>');
    expect(newTime?.body).toContain('<p class="hint" id="message-hint">');
    expect(newTime?.body).toContain('<textarea id="message" name="message" rows="4" maxlength="1000" aria-describedby="message-hint"></textarea>');
    expect(newTime?.body).not.toContain('required');
    expect(forms.filter((form) => form.body.includes('<textarea'))).toHaveLength(1);
  });

  it('asks for an answer while none is given', () => {
    const html = invitationPage(invitation({ currentAnswer: 'awaiting' }));
    expect(html).toContain(PAGE_TEXTS.da.invitation.awaiting);
    expect(html).not.toContain('class="status"');
  });

  it('shows the answer already given, in the words of its button, and that it can be changed', () => {
    for (const currentAnswer of ['accepted', 'declined', 'new_time_requested'] as const) {
      const html = invitationPage(invitation({ currentAnswer }));
      expect(html).toContain(`<p class="status">Dit nuværende svar: <strong>${PAGE_TEXTS.da.answers[currentAnswer]}</strong></p>`);
      expect(html).toContain('Du kan ændre dit svar herunder, indtil samtalen begynder.');
      expect(formsOf(html)).toHaveLength(4);
    }
    expect(invitationPage(invitation({ language: 'en', currentAnswer: 'declined' }))).toContain(
      'Your current answer: <strong>No, I do not wish to attend</strong>',
    );
  });

  it('links a web meeting address, opened apart from the page and without the page’s address', () => {
    const html = invitationPage(invitation({ meetingUrl: 'https://meet.example/room?id=1&pw=2' }));
    expect(html).toContain(
      '<dt>Mødelink</dt><dd><a href="https://meet.example/room?id=1&amp;pw=2" target="_blank" rel="noopener noreferrer">https://meet.example/room?id=1&amp;pw=2</a></dd>',
    );
    expect(invitationPage(invitation({ meetingUrl: 'http://meet.example/x' }))).toContain('<a href="http://meet.example/x"');
  });

  it('shows a meeting address that is not http(s) as text only', () => {
    for (const meetingUrl of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'mailto:x@y.example', 'meet.example/room', '//evil.example']) {
      const html = invitationPage(invitation({ meetingUrl }));
      expect(html, meetingUrl).not.toContain('<a href');
      expect(html, meetingUrl).toContain(`<dd>${escape(meetingUrl)}</dd>`);
    }
  });

  it('keeps the lines of a location', () => {
    expect(invitationPage(invitation({ where: 'Nordhavnsvej 1\n2150 Nordhavn\r\n<3. sal>' }))).toContain(
      '<dd>Nordhavnsvej 1<br>2150 Nordhavn<br>&lt;3. sal&gt;</dd>',
    );
  });

  it('leaves out the place and the meeting link when there are none', () => {
    const html = invitationPage(invitation({ where: null, meetingUrl: null }));
    expect(html).not.toContain('<dt>Sted</dt>');
    expect(html).not.toContain('<dt>Mødelink</dt>');
    expect(invitationPage(invitation({ where: '  ', meetingUrl: '' }))).not.toMatch(/<dt>(Sted|Mødelink)<\/dt>/);
  });
});

describe('escaping', () => {
  const EVIL = `<script>alert(1)</script>" onmouseover="alert(2)' &amp; <img src=x onerror=alert(3)>`;
  const TEXT_FIELDS = ['companyName', 'jobTitle', 'interviewType', 'date', 'time', 'duration', 'where', 'meetingUrl', 'recruiters'] as const;

  it.each(TEXT_FIELDS)('shows the invitation’s %s as inert text', (field) => {
    const html = invitationPage(invitation({ [field]: EVIL }));
    expect(html).toContain(`<dd>${escape(EVIL)}</dd>`);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(markupProblem(html)).toBeNull();
  });

  it('escapes the company’s name in the title as well', () => {
    expect(invitationPage(invitation({ companyName: EVIL }))).toContain(`<title>Invitation til samtale – ${escape(EVIL)}</title>`);
  });

  it('escapes the form action and the CSRF token in their attributes', () => {
    const html = invitationPage(invitation({ formAction: EVIL, csrfToken: EVIL }));
    expect(markupProblem(html)).toBeNull();
    expect(html).toContain(`action="${escape(EVIL)}"`);
    expect(html).toContain(`<input type="hidden" name="csrf" value="${escape(EVIL)}">`);
    for (const form of formsOf(html)) {
      expect(form.action).toBe(EVIL);
      expect(form.fields.csrf).toBe(EVIL);
    }
  });

  it('escapes a meeting link in its href', () => {
    const url = `https://meet.example/"onmouseover="alert(1)'x<y>&z`;
    const html = invitationPage(invitation({ meetingUrl: url }));
    expect(markupProblem(html)).toBeNull();
    expect(html).toMatch(/<a href="https:\/\/meet\.example\/[^"<>]*" target="_blank" rel="noopener noreferrer">/);
    expect(html).toContain(`>${escape(url)}</a>`);
  });

  it('escapes every value of the withdrawal confirmation', () => {
    const html = confirmWithdrawalPage({ language: 'da', companyName: EVIL, jobTitle: EVIL, formAction: EVIL, csrfToken: EVIL, backUrl: EVIL });
    expect(markupProblem(html)).toBeNull();
    expect(html).toContain(`<dt>Virksomhed</dt><dd>${escape(EVIL)}</dd>`);
    expect(html).toContain(`<dt>Stilling</dt><dd>${escape(EVIL)}</dd>`);
    expect(html).toContain(`href="${escape(EVIL)}"`);
    expect(formsOf(html)[0]).toMatchObject({ action: EVIL, fields: { csrf: EVIL } });
  });

  it('escapes every value of the page after an answer', () => {
    const html = answeredPage({ language: 'en', answer: 'accepted', companyName: EVIL, jobTitle: EVIL, backUrl: EVIL, calendarUrl: EVIL });
    expect(markupProblem(html)).toBeNull();
    expect(html).toContain(`<dt>Company</dt><dd>${escape(EVIL)}</dd>`);
    expect(html).toContain(`<dt>Position</dt><dd>${escape(EVIL)}</dd>`);
    expect(html).toContain(`<a class="button" href="${escape(EVIL)}">`);
  });
});

describe('confirmWithdrawalPage', () => {
  const view = { companyName: 'Nordhavn Byg A/S', jobTitle: 'Tømrer', formAction: '/i/tok3n', csrfToken: 'csrf-9' };

  it('asks in Danish whether the candidate is sure, saying it is final', () => {
    const html = confirmWithdrawalPage({ language: 'da', ...view });
    expect(html).toContain('<h1>Vil du annullere din ansøgning?</h1>');
    expect(html).toContain('Det er endeligt');
    expect(html).toContain('>Ja, annullér min ansøgning</button>');
    expect(html).toContain('<a class="button" href="/i/tok3n">Nej, gå tilbage</a>');
  });

  it('asks in English whether the candidate is sure, saying it is final', () => {
    const html = confirmWithdrawalPage({ language: 'en', ...view });
    expect(html).toContain('<h1>Do you want to cancel your application?</h1>');
    expect(html).toContain('This is final');
    expect(html).toContain('>Yes, cancel my application</button>');
    expect(html).toContain('>No, go back</a>');
  });

  it('withdraws only by a form carrying confirm=yes', () => {
    const forms = formsOf(confirmWithdrawalPage({ language: 'da', ...view }));
    expect(forms).toEqual([expect.objectContaining({ action: '/i/tok3n', fields: { answer: 'not_relevant', csrf: 'csrf-9', confirm: 'yes' } })]);
  });

  it('goes back to the given address', () => {
    expect(confirmWithdrawalPage({ language: 'da', ...view, backUrl: '/i/tok3n?x=1&y=2' })).toContain('href="/i/tok3n?x=1&amp;y=2"');
  });
});

describe('answeredPage', () => {
  const view = { companyName: 'Nordhavn Byg A/S', jobTitle: 'Tømrer', backUrl: '/i/tok3n', calendarUrl: null };

  it('offers the interview for the candidate’s calendar after "yes", and only then', () => {
    const calendarUrl = '/i/tok3n/interview.ics';
    expect(answeredPage({ language: 'da', answer: 'accepted', ...view, calendarUrl })).toContain(
      '<a class="calendar-link" href="/i/tok3n/interview.ics">Føj til min kalender</a>',
    );
    expect(answeredPage({ language: 'en', answer: 'declined', ...view })).not.toContain('calendar-link');
  });

  it('tells in Danish what happens after each answer', () => {
    expect(answeredPage({ language: 'da', answer: 'accepted', ...view })).toContain('vi glæder os til at se dig');
    expect(answeredPage({ language: 'da', answer: 'declined', ...view })).toContain('du ikke deltager i samtalen');
    expect(answeredPage({ language: 'da', answer: 'new_time_requested', ...view })).toContain('Virksomheden kontakter dig');
    expect(answeredPage({ language: 'da', answer: 'not_relevant', ...view })).toContain('<h1>Din ansøgning er annulleret</h1>');
  });

  it('tells in English what happens after each answer', () => {
    expect(answeredPage({ language: 'en', answer: 'accepted', ...view })).toContain('we look forward to seeing you');
    expect(answeredPage({ language: 'en', answer: 'declined', ...view })).toContain('you will not attend the interview');
    expect(answeredPage({ language: 'en', answer: 'new_time_requested', ...view })).toContain('The company will contact you');
    expect(answeredPage({ language: 'en', answer: 'not_relevant', ...view })).toContain('<h1>Your application has been cancelled</h1>');
  });

  it('names the company and the position', () => {
    const html = answeredPage({ language: 'da', answer: 'accepted', ...view });
    expect(html).toContain('<dd>Nordhavn Byg A/S</dd>');
    expect(html).toContain('<dd>Tømrer</dd>');
    expect(html).toContain('<title>Tak for dit svar – Nordhavn Byg A/S</title>');
  });

  it('lets the candidate change an answer', () => {
    for (const answer of ['accepted', 'declined', 'new_time_requested'] as const) {
      expect(answeredPage({ language: 'da', answer, ...view })).toContain('<a class="button" href="/i/tok3n">Ændr dit svar</a>');
    }
  });

  it('offers no way back after a withdrawal, or without a back address', () => {
    expect(answeredPage({ language: 'da', answer: 'not_relevant', ...view, backUrl: null })).not.toContain('<a ');
    expect(answeredPage({ language: 'da', answer: 'not_relevant', ...view })).not.toContain('<a ');
    expect(answeredPage({ language: 'da', answer: 'accepted', ...view, backUrl: null })).not.toContain('<a ');
  });

  it('holds no form', () => {
    for (const answer of ANSWERS) expect(answeredPage({ language: 'da', answer, ...view })).not.toContain('<form');
  });
});

describe('closedPage', () => {
  it('tells in Danish why the invitation takes no answer', () => {
    expect(closedPage('da', 'started')).toContain('Samtalen er begyndt');
    expect(closedPage('da', 'cancelled')).toContain('<h1>Samtalen er aflyst</h1>');
    expect(closedPage('da', 'withdrawn')).toContain('Det er endeligt');
  });

  it('tells in English why the invitation takes no answer', () => {
    expect(closedPage('en', 'started')).toContain('<h1>The invitation is closed</h1>');
    expect(closedPage('en', 'started')).toContain('The interview has started');
    expect(closedPage('en', 'cancelled')).toContain('<h1>The interview has been cancelled</h1>');
    expect(closedPage('en', 'withdrawn')).toContain('This is final');
  });

  it('offers no form and no link', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const reason of CLOSED_REASONS) {
        expect(closedPage(language, reason)).not.toMatch(/<form|<a /);
      }
    }
  });
});

describe('notFoundPage', () => {
  it('says in Danish and in English that the link does not work', () => {
    expect(notFoundPage('da')).toContain('<h1>Linket virker ikke</h1>');
    expect(notFoundPage('en')).toContain('<h1>This link does not work</h1>');
  });

  it('is the same page for every call in a language, so it tells nothing about the token', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      expect(notFoundPage(language)).toBe(notFoundPage(language));
      expect(notFoundPage(language)).not.toMatch(/<form|<a |<dl/);
    }
  });
});

describe('tooManyRequestsPage', () => {
  it('asks in Danish and in English to wait', () => {
    expect(tooManyRequestsPage('da')).toContain('<h1>For mange forsøg</h1>');
    expect(tooManyRequestsPage('en')).toContain('<h1>Too many attempts</h1>');
    expect(tooManyRequestsPage('en')).toContain('try again');
  });
});

describe('language', () => {
  it('falls back to the given default language for a language code the pages are not written in', () => {
    expect(invitationPage(invitation({ language: pageLanguage('de', 'da') }))).toContain('<html lang="da">');
    expect(notFoundPage(pageLanguage('xx-YY', 'en'))).toBe(notFoundPage('en'));
    expect(closedPage(pageLanguage('', 'sv'), 'started')).toContain('<html lang="sv">');
  });

  it('renders Swedish and Norwegian pages in their own words', () => {
    expect(invitationPage(invitation({ language: 'sv' }))).toContain('>Ja tack, jag vill gärna delta</button>');
    expect(invitationPage(invitation({ language: 'nb' }))).toContain('>Ja takk, jeg vil gjerne delta</button>');
  });
});

describe('bookingPage', () => {
  it('lists the free times by day as one form of radio buttons, with the zone and the deadline named', () => {
    const html = bookingPage(bookingView());
    expect(html).toContain('<h1>Book en tid til samtale</h1>');
    expect(html).toContain('<p>Tiderne er angivet i <strong>dansk tid (CET)</strong>. Book senest <strong>mandag den 9. marts 2026 kl. 10.00</strong>.</p>');
    expect(html).toContain('<legend>tirsdag den 10. marts 2026</legend>');
    expect(html).toContain('<label class="slot"><input type="radio" name="slot" value="s2" required="required"> <span>10.00–10.45</span></label>');
    const [booking] = formsOf(html);
    expect(booking).toMatchObject({ action: '/i/tok3n', fields: { booking: 'book', csrf: 'csrf-1' } });
    expect(html).toContain('>Book den valgte tid</button>');
    expect(html).not.toContain('Aflys min tid');
  });

  it('shows no date or time among the details: the candidate chooses them', () => {
    const html = bookingPage(bookingView());
    expect(html).not.toContain('<dt>Dato</dt>');
    expect(html).toContain('<dt>Varighed</dt><dd>45 minutter</dd>');
    expect(html).toContain('<dd>Havnegade 1<br>2. sal</dd>');
  });

  it('shows a group session’s seats left', () => {
    const html = bookingPage(bookingView({ language: 'en', days: [{ date: 'Tuesday 10 March 2026', slots: [{ id: 'g', time: '09:00–10:30', seatsLeft: 3 }] }] }));
    expect(html).toContain('<span>09:00–10:30</span> <span class="seats">Seats left: 3</span>');
  });

  it('shows the booked time, offers the others to change to with the booked one ticked, a way to cancel, and to withdraw', () => {
    const html = bookingPage(bookingView({ booked: { slotId: 's1', date: 'tirsdag den 10. marts 2026', time: '09.00–09.45' } }));
    expect(html).toContain('<p class="status">Din tid: <strong>tirsdag den 10. marts 2026, 09.00–09.45</strong></p>');
    expect(html).toContain('<h2>Skift til en anden tid</h2>');
    expect(html).toContain('value="s1" required="required" checked="checked">');
    expect(html).toContain('>Skift til den valgte tid</button>');
    // Another time is asked for by changing to it; the request for one not offered needs the booking cancelled first.
    expect(formsOf(html).map((form) => form.fields.booking ?? form.fields.answer)).toEqual(['book', 'cancel', 'not_relevant']);
  });

  it('says when the chosen time was just taken by someone else', () => {
    expect(bookingPage(bookingView({ language: 'en', slotGone: true }))).toContain(
      '<p class="status" role="alert">The time you chose was just booked by someone else. Choose one of the free times below.</p>',
    );
  });

  it('says every time is booked and leaves the request for another time when none is free', () => {
    const html = bookingPage(bookingView({ days: [] }));
    expect(html).toContain('<p>Alle tider er desværre booket.');
    expect(formsOf(html).map((form) => form.fields.booking ?? form.fields.answer)).toEqual(['new_time_requested', 'not_relevant']);
  });

  it('escapes every value it shows', () => {
    const EVIL = `<script>alert(1)</script>" onmouseover="alert(2)' &amp; <img src=x onerror=alert(3)>`;
    const html = bookingPage(
      bookingView({
        companyName: EVIL,
        zoneName: EVIL,
        deadline: EVIL,
        days: [{ date: EVIL, slots: [{ id: EVIL, time: EVIL, seatsLeft: null }] }],
        booked: { slotId: EVIL, date: EVIL, time: EVIL },
      }),
    );
    expect(markupProblem(html)).toBeNull();
    expect(html).not.toContain(EVIL);
  });
});
