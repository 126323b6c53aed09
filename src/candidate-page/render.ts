import type { Language } from '../domain/languages.js';
import type { Answer } from '../domain/response-status.js';
import type { CandidateInterviewDetails } from '../use-cases/candidate-invitation.js';
import { answerForm, companyAndPosition, documentOf, hiddenFields, html, interviewDetails, newTimeForm, titleWithCompany, type Html } from './html.js';
import { PAGE_TEXTS, type ClosedReason, type MessageTexts, type PageTexts } from './texts.js';

export type { ClosedReason } from './texts.js';

// The candidate's pages, behind the confirmation link: pure functions from already formatted values to whole
// HTML documents. They work without JavaScript and under a strict CSP (no inline script or style: the look is in
// page.css.ts), and escape every value (html.ts).

/** An answer the candidate has given and may still change; a withdrawal is final and shown by `closedPage`. */
export type CurrentAnswer = 'awaiting' | 'accepted' | 'declined' | 'new_time_requested';

/**
 * The invitation page's content. The details (candidate-invitation.ts) come worded: the interview type as in
 * domain/i18n.ts, its first letter capitalised here; `where` keeps line breaks; `meetingUrl` is a link only if it is
 * an http(s) URL; a null row is left out.
 */
export interface InvitationView extends CandidateInterviewDetails {
  language: Language;
  currentAnswer: CurrentAnswer;
  formAction: string;
  csrfToken: string;
  /** The interview's calendar file ("add to my calendar"). */
  calendarUrl: string;
}

export interface ConfirmWithdrawalView {
  language: Language;
  companyName: string;
  jobTitle: string;
  formAction: string;
  csrfToken: string;
  /** Where "No, go back" leads: the invitation page. Defaults to `formAction`, for a form that posts to its own page. */
  backUrl?: string;
}

export interface AnsweredView {
  language: Language;
  answer: Answer;
  companyName: string;
  jobTitle: string;
  /** The invitation page, to change the answer; null after a withdrawal (which is never offered a way back). */
  backUrl: string | null;
  /** The interview's calendar file, offered after "yes"; null otherwise. */
  calendarUrl: string | null;
}

function calendarLink(texts: PageTexts, calendarUrl: string): Html {
  return html`<p><a class="calendar-link" href="${calendarUrl}">${texts.addToCalendar}</a></p>`;
}

function messagePage(language: Language, texts: MessageTexts): string {
  return documentOf(
    language,
    texts.title,
    html`<h1>${texts.heading}</h1>
<p>${texts.body}</p>`,
  );
}

// --- Pages -------------------------------------------------------------------------------------------------

/** The invitation behind the link: its details, the current answer, and the four answers as forms. */
export function invitationPage(view: InvitationView): string {
  const texts = PAGE_TEXTS[view.language];
  const current =
    view.currentAnswer === 'awaiting'
      ? null
      : html`<p class="status">${texts.invitation.currentAnswer} <strong>${texts.answers[view.currentAnswer]}</strong></p>
<p>${texts.invitation.changeAnswer}</p>
`;
  return documentOf(
    view.language,
    titleWithCompany(texts.invitation.title, view.companyName),
    html`<h1>${texts.invitation.title}</h1>
${current}<p>${texts.invitation.intro}</p>
${interviewDetails(texts, view)}
${calendarLink(texts, view.calendarUrl)}
<h2>${texts.invitation.answerHeading}</h2>
${view.currentAnswer === 'awaiting' ? html`<p>${texts.invitation.awaiting}</p>\n` : null}${answerForm(texts, 'accepted', view, 'button button-primary')}
${answerForm(texts, 'declined', view, 'button')}
${newTimeForm(texts, view)}
<div class="withdraw">
${answerForm(texts, 'not_relevant', view, 'button button-danger')}
</div>`,
  );
}

/** "Are you sure?" after "Cancel my application": the withdrawal happens only from this page's form. */
export function confirmWithdrawalPage(view: ConfirmWithdrawalView): string {
  const texts = PAGE_TEXTS[view.language];
  return documentOf(
    view.language,
    titleWithCompany(texts.withdrawal.title, view.companyName),
    html`<h1>${texts.withdrawal.heading}</h1>
${companyAndPosition(texts, view.companyName, view.jobTitle)}
<p>${texts.withdrawal.consequence}</p>
<form class="answer" method="post" action="${view.formAction}">
${hiddenFields('not_relevant', view.csrfToken)}
<input type="hidden" name="confirm" value="yes">
<button type="submit" class="button button-danger-solid">${texts.withdrawal.confirm}</button>
</form>
<a class="button" href="${view.backUrl ?? view.formAction}">${texts.withdrawal.goBack}</a>`,
  );
}

/** What happens next, after an answer was recorded; a way back to change it unless it was the (final) withdrawal. */
export function answeredPage(view: AnsweredView): string {
  const texts = PAGE_TEXTS[view.language];
  const page = texts.answered[view.answer];
  const change =
    view.backUrl !== null && view.answer !== 'not_relevant'
      ? html`<p>${texts.changeAnswerHint}</p>
<a class="button" href="${view.backUrl}">${texts.changeAnswerLink}</a>`
      : null;
  return documentOf(
    view.language,
    titleWithCompany(page.title, view.companyName),
    html`<h1>${page.heading}</h1>
${companyAndPosition(texts, view.companyName, view.jobTitle)}
<p>${page.body}</p>
${view.calendarUrl === null ? null : calendarLink(texts, view.calendarUrl)}
${change}`,
  );
}

/** An invitation that takes no more answers: the interview has started or was cancelled, or the candidate withdrew. */
export function closedPage(language: Language, reason: ClosedReason): string {
  return messagePage(language, PAGE_TEXTS[language].closed[reason]);
}

/** For every link that leads nowhere, unknown or expired alike: the same page, telling nothing about the token. */
export function notFoundPage(language: Language): string {
  return messagePage(language, PAGE_TEXTS[language].notFound);
}

export function tooManyRequestsPage(language: Language): string {
  return messagePage(language, PAGE_TEXTS[language].tooManyRequests);
}
