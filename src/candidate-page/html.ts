import { TEXTS } from '../domain/i18n.js';
import type { Language } from '../domain/languages.js';
import type { Answer } from '../domain/response-status.js';
import { PAGE_CSS_PATH } from './page.css.js';
import type { PageTexts } from './texts.js';

// The building blocks of the candidate's pages (render.ts, booking-page.ts). Every value is escaped unless it is
// already HTML, because most of them are typed by someone else: the company's name and the job title by the
// organisation, the location by a recruiter.

// --- HTML built by a tagged template that escapes every interpolated value unless it is already HTML ---------

export class Html {
  constructor(readonly value: string) {}
}

export type Fragment = Html | string | null | undefined | false | readonly Fragment[];

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in text and in a quoted attribute value alike. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function fragmentToString(fragment: Fragment): string {
  if (fragment instanceof Html) return fragment.value;
  if (typeof fragment === 'string') return escapeHtml(fragment);
  if (Array.isArray(fragment)) return fragment.map(fragmentToString).join('');
  return '';
}

export function html(strings: TemplateStringsArray, ...values: Fragment[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += fragmentToString(value) + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

// --- Pieces ------------------------------------------------------------------------------------------------

export function documentOf(language: Language, title: string, content: Fragment): string {
  // no-referrer: the page's own address holds the candidate's token, which must not reach the meeting service or
  // anyone else by a Referer header. noindex: a link that reached a crawler must not put a page in a search engine.
  const document = html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<link rel="stylesheet" href="${PAGE_CSS_PATH}">
</head>
<body>
<main>
${content}
</main>
</body>
</html>
`;
  return document.value;
}

export function titleWithCompany(title: string, companyName: string): string {
  return companyName.trim() === '' ? title : `${title} – ${companyName}`;
}

export function multiline(text: string): Html {
  return new Html(
    text
      .split(/\r\n?|\n/)
      .map(escapeHtml)
      .join('<br>'),
  );
}

/** A row of the details; left out when there is nothing to show. */
export function detail(label: string, value: Fragment, shown: boolean): Html | null {
  return shown ? html`<div><dt>${label}</dt><dd>${value}</dd></div>\n` : null;
}

export function hasText(value: string | null): value is string {
  return value !== null && value.trim() !== '';
}

export function companyAndPosition(texts: PageTexts, companyName: string, jobTitle: string): Html {
  return html`<dl class="details">
${detail(texts.details.company, companyName, hasText(companyName))}${detail(texts.details.position, jobTitle, hasText(jobTitle))}</dl>`;
}

/** The URL when it is one a browser opens as a web page, else null (javascript:, data:, mailto:, a typo). */
export function webUrl(text: string): URL | null {
  if (!URL.canParse(text.trim())) return null;
  const url = new URL(text.trim());
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}

export function meetingLink(text: string): Html {
  const url = webUrl(text);
  if (url === null) return html`${text}`;
  return html`<a href="${url.href}" target="_blank" rel="noopener noreferrer">${text.trim()}</a>`;
}

export function capitaliseFirst(text: string, language: Language): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase(TEXTS[language].locale) + text.slice(1);
}

export function hiddenFields(answer: Answer, csrfToken: string): Html {
  return html`<input type="hidden" name="answer" value="${answer}">
<input type="hidden" name="csrf" value="${csrfToken}">`;
}

/** Where a page's forms post, and the token that ties them to the invitation. */
export interface AnswerForm {
  formAction: string;
  csrfToken: string;
}

export function answerForm(texts: PageTexts, answer: Answer, view: AnswerForm, buttonClass: string): Html {
  return html`<form class="answer" method="post" action="${view.formAction}">
${hiddenFields(answer, view.csrfToken)}
<button type="submit" class="${buttonClass}">${texts.answers[answer]}</button>
</form>`;
}

export function newTimeForm(texts: PageTexts, view: AnswerForm): Html {
  return html`<form class="answer new-time" method="post" action="${view.formAction}">
${hiddenFields('new_time_requested', view.csrfToken)}
<label for="message">${texts.invitation.messageLabel}</label>
<p class="hint" id="message-hint">${texts.invitation.messageHint}</p>
<textarea id="message" name="message" rows="4" maxlength="1000" aria-describedby="message-hint"></textarea>
<button type="submit" class="button">${texts.answers.new_time_requested}</button>
</form>`;
}

/** An interview as the candidate's pages describe it: without a date and time on the booking page, where they are chosen. */
export interface InterviewDetailsView {
  language: Language;
  companyName: string;
  jobTitle: string;
  interviewType: string;
  date?: string;
  time?: string;
  duration: string;
  where: string | null;
  meetingUrl: string | null;
  recruiters: string;
}

/**
 * The interview's details as a list: the type's first letter capitalised, the place's line breaks kept, empty rows
 * left out.
 */
export function interviewDetails(texts: PageTexts, view: InterviewDetailsView): Html {
  const labels = texts.details;
  const optional = (value: string | undefined) => value ?? null;
  return html`<dl class="details">
${[
  detail(labels.company, view.companyName, hasText(view.companyName)),
  detail(labels.position, view.jobTitle, hasText(view.jobTitle)),
  detail(labels.interviewType, capitaliseFirst(view.interviewType, view.language), hasText(view.interviewType)),
  detail(labels.date, optional(view.date), hasText(optional(view.date))),
  detail(labels.time, optional(view.time), hasText(optional(view.time))),
  detail(labels.duration, view.duration, hasText(view.duration)),
  detail(labels.place, hasText(view.where) ? multiline(view.where) : null, hasText(view.where)),
  detail(labels.meetingLink, hasText(view.meetingUrl) ? meetingLink(view.meetingUrl) : null, hasText(view.meetingUrl)),
  detail(labels.interviewers, view.recruiters, hasText(view.recruiters)),
]}</dl>`;
}
