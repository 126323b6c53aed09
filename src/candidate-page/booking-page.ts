import type { Language } from '../domain/languages.js';
import type { CandidateBookingPage } from '../use-cases/candidate-booking.js';
import { answerForm, documentOf, html, interviewDetails, newTimeForm, titleWithCompany, type AnswerForm, type Html } from './html.js';
import { PAGE_TEXTS, type PageTexts } from './texts.js';

/**
 * The booking page's content (candidate-booking.ts): the interview without a time, the free slots by day worded in
 * the candidate's language and the organisation's zone (named in `zoneName`), and the candidate's own booking.
 */
export interface BookingPageView extends CandidateBookingPage, AnswerForm {
  language: Language;
  /** The time the candidate chose was booked by someone else a moment before. */
  slotGone: boolean;
}

/**
 * The page behind a link to book: choose a free time (or another one, or cancel the booking) until the deadline; or,
 * without a booking, ask for another time when none suits, or withdraw. One form of radio buttons, so it works
 * without JavaScript.
 */
export function bookingPage(view: BookingPageView): string {
  const texts = PAGE_TEXTS[view.language];
  const words = texts.booking;
  const hasChoice = view.days.some((day) => day.slots.some((slot) => slot.id !== view.booked?.slotId));
  return documentOf(
    view.language,
    titleWithCompany(words.title, view.companyName),
    html`<h1>${words.title}</h1>
${view.slotGone ? html`<p class="status" role="alert">${words.slotGone}</p>\n` : null}${
      view.booked ? html`<p class="status">${words.yourTime} <strong>${view.booked.date}, ${view.booked.time}</strong></p>\n` : null
    }<p>${words.intro}</p>
${interviewDetails(texts, view)}
<p>${words.zone} <strong>${view.zoneName}</strong>. ${words.deadline} <strong>${view.deadline}</strong>.</p>
${hasChoice ? slotForm(texts, view) : view.booked ? null : html`<p>${words.noSlotsLeft}</p>`}
${view.booked ? cancelForm(texts, view) : answersWithoutBooking(texts, view)}`,
  );
}

function slotForm(texts: PageTexts, view: BookingPageView): Html {
  const words = texts.booking;
  const changing = view.booked !== null;
  return html`<h2>${changing ? words.changeHeading : words.freeTimes}</h2>
<form class="answer booking" method="post" action="${view.formAction}">
<input type="hidden" name="booking" value="book">
<input type="hidden" name="csrf" value="${view.csrfToken}">
${view.days.map(
  (day) => html`<fieldset class="slot-day">
<legend>${day.date}</legend>
${day.slots.map(
  (slot) => html`<label class="slot"><input type="radio" name="slot" value="${slot.id}" required="required"${slot.id === view.booked?.slotId ? html` checked="checked"` : null}> <span>${slot.time}</span>${
    slot.seatsLeft === null ? null : html` <span class="seats">${words.seatsLeft} ${String(slot.seatsLeft)}</span>`
  }</label>
`,
)}</fieldset>
`,
)}<button type="submit" class="button button-primary">${changing ? words.change : words.book}</button>
</form>`;
}

/** Without a booking: ask for another time, or withdraw. (With one, the candidate changes the time instead.) */
function answersWithoutBooking(texts: PageTexts, view: BookingPageView): Html {
  return html`<h2>${texts.booking.noneSuitHeading}</h2>
${newTimeForm(texts, view)}
<div class="withdraw">
${answerForm(texts, 'not_relevant', view, 'button button-danger')}
</div>`;
}

/** With a booking: give the time back (and perhaps book another), or withdraw the application altogether. */
function cancelForm(texts: PageTexts, view: BookingPageView): Html {
  return html`<form class="answer" method="post" action="${view.formAction}">
<input type="hidden" name="booking" value="cancel">
<input type="hidden" name="csrf" value="${view.csrfToken}">
<button type="submit" class="button">${texts.booking.cancel}</button>
</form>
<div class="withdraw">
${answerForm(texts, 'not_relevant', view, 'button button-danger')}
</div>`;
}
