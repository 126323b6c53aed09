import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isSupportedLanguage, SUPPORTED_LANGUAGES, type Language } from '../domain/languages.js';
import { ANSWERS, type Answer } from '../domain/response-status.js';
import { AppError } from '../errors.js';
import { clockRateLimitStore } from '../http/rate-limit-store.js';
import type { RouteOptions } from '../http/routes/options.js';
import { answerAsCandidate, answerFormToken, candidateAnswerTarget, candidateView, isAnswerFormToken } from '../use-cases/candidate-invitation.js';
import { answerBookingInvitation, chooseTime, type BookingChoice } from '../use-cases/book-time.js';
import { candidateBookingView } from '../use-cases/candidate-booking.js';
import { bookingPage } from './booking-page.js';
import { candidateCalendarFile } from './calendar-file.js';
import { parseForm, truncate } from './form.js';
import { PAGE_CSS, PAGE_CSS_PATH } from './page.css.js';
import { answeredPage, closedPage, confirmWithdrawalPage, invitationPage, notFoundPage, tooManyRequestsPage } from './render.js';

const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const MAX_MESSAGE_LENGTH = 1000;

/**
 * Page views and answers per client address and per link, each minute: generous for a person, tight for a robot.
 * Views and answers are counted apart, so that however often a candidate looked at the page, they can answer.
 */
export const LIMITS = {
  address: { views: 60, answers: 20 },
  link: { views: 30, answers: 10 },
};
const ONE_MINUTE = 60_000;
// GET and HEAD are views.
const budget = (request: FastifyRequest) => (request.method === 'POST' ? 'answers' : 'views');
const rateLimited = () => new AppError('rate_limited', 'Too many requests.');
const calendarUrl = (token: string) => `/i/${token}/interview.ics`;

/** The booking page's form as a choice, or null for anything else. */
function bookingChoice(form: Record<string, string>): BookingChoice | null {
  if (form.booking === 'cancel') return { action: 'cancel' };
  if (form.booking === 'book' && typeof form.slot === 'string' && form.slot !== '') return { action: 'book', slotId: form.slot };
  return null;
}

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/** The language of a page that could not find its invitation: the reader's browser's, if Samtale has it. */
function browserLanguage(request: FastifyRequest): Language {
  const wanted = (request.headers['accept-language'] ?? '').split(',').map((part) => part.split(';')[0]!.trim().slice(0, 2).toLowerCase());
  const normalised = wanted.map((code) => (code === 'no' || code === 'nn' ? 'nb' : code));
  return normalised.find((code): code is Language => isSupportedLanguage(code)) ?? SUPPORTED_LANGUAGES[0];
}

function html(reply: FastifyReply, status: number, page: string) {
  return reply.status(status).type('text/html; charset=utf-8').send(page);
}

/**
 * The candidate's page behind the confirmation link: public, server-rendered, no JavaScript. GET only shows;
 * an answer is a POST of a plain form. Unknown, malformed and expired links get the same neutral page.
 */
export const candidatePageRoutes: FastifyPluginAsync<RouteOptions> = async (app, { ctx, config }) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, done) => {
    done(null, parseForm(body as string));
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = browserLanguage(request);
    if (error.statusCode === 429 || (error instanceof AppError && error.code === 'rate_limited')) return html(reply, 429, tooManyRequestsPage(language));
    if (error instanceof AppError && error.code === 'conflict') return html(reply, 409, closedPage(language, 'started'));
    if (!error.statusCode || error.statusCode >= 500) request.log.error({ err: error }, 'candidate page failed');
    return html(reply, 404, notFoundPage(language));
  });

  // Two limits on one request: the server-wide limiter counts per address; a second instance, registered in this
  // scope, per link. (One instance applies only its first limit to a request.) Both count on ctx.clock.
  const perAddress = app.rateLimit({
    max: (request) => LIMITS.address[budget(request)],
    timeWindow: ONE_MINUTE,
    keyGenerator: (request) => `address:${budget(request)}:${request.ip}`,
    errorResponseBuilder: rateLimited,
  });
  await app.register(fastifyRateLimit, {
    global: true,
    store: clockRateLimitStore(ctx.clock),
    max: (request) => LIMITS.link[budget(request)],
    timeWindow: ONE_MINUTE,
    keyGenerator: (request) => `link:${budget(request)}:${(request as TokenRequest).params.token ?? ''}`,
    errorResponseBuilder: rateLimited,
  });

  /** A link that names no invitation may name an invitation to book a time. */
  async function showBooking(request: TokenRequest, reply: FastifyReply) {
    const view = await candidateBookingView(ctx, request.params.token);
    if (view.state === 'not_found') return html(reply, 404, notFoundPage(browserLanguage(request)));
    if (view.state === 'closed') return html(reply, 200, closedPage(view.language, view.reason));
    const formAction = `/i/${request.params.token}`;
    const csrfToken = answerFormToken(view.bookingInvitationId, ctx.secret);
    return html(reply, 200, bookingPage({ language: view.language, ...view.page, slotGone: false, formAction, csrfToken }));
  }

  /**
   * A choice posted from the booking page: book a time, change to another, or cancel the booking. After it the page
   * is shown again by its address (so a reload posts nothing twice); a time taken a moment before shows the page
   * with that time gone (409).
   */
  async function chooseBooking(request: TokenRequest & { body?: Record<string, string> }, reply: FastifyReply) {
    const view = await candidateBookingView(ctx, request.params.token);
    if (view.state === 'not_found') return html(reply, 404, notFoundPage(browserLanguage(request)));
    if (view.state === 'closed') return html(reply, 409, closedPage(view.language, view.reason));
    const formAction = `/i/${request.params.token}`;
    const form = request.body ?? {};
    const csrfToken = answerFormToken(view.bookingInvitationId, ctx.secret);
    if (!isAnswerFormToken(form.csrf ?? '', view.bookingInvitationId, ctx.secret)) return reply.redirect(formAction, 303);
    const answer = form.answer;
    if (answer === 'new_time_requested' || answer === 'not_relevant') {
      const { companyName, jobTitle } = view.page;
      if (answer === 'not_relevant' && form.confirm !== 'yes') {
        return html(reply, 200, confirmWithdrawalPage({ language: view.language, companyName, jobTitle, formAction, csrfToken }));
      }
      const message = answer === 'new_time_requested' ? truncate(form.message?.trim() ?? '', MAX_MESSAGE_LENGTH) || null : null;
      const answered = await answerBookingInvitation(ctx, config.publicUrl, request.params.token, answer, message);
      if (answered !== 'answered') return reply.redirect(formAction, 303);
      const backUrl = answer === 'not_relevant' ? null : formAction;
      return html(reply, 200, answeredPage({ language: view.language, answer, companyName, jobTitle, backUrl, calendarUrl: null }));
    }
    const choice = bookingChoice(form);
    if (!choice) return reply.redirect(formAction, 303);
    const outcome = await chooseTime(ctx, config.publicUrl, request.params.token, choice);
    if (outcome === 'not_found') return html(reply, 404, notFoundPage(browserLanguage(request)));
    if (outcome === 'closed') return html(reply, 409, closedPage(view.language, 'booking_closed'));
    if (outcome !== 'slot_gone') return reply.redirect(formAction, 303);
    const now = await candidateBookingView(ctx, request.params.token);
    if (now.state !== 'open') return reply.redirect(formAction, 303);
    return html(reply, 409, bookingPage({ language: now.language, ...now.page, slotGone: true, formAction, csrfToken }));
  }

  app.get(PAGE_CSS_PATH, { schema: { hide: true }, config: { rateLimit: false } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=86400').send(PAGE_CSS),
  );

  app.get<{ Params: { token: string } }>(
    '/i/:token',
    { schema: { hide: true }, preHandler: perAddress },
    async (request, reply) => {
      const view = await candidateView(ctx, request.params.token);
      if (view.state === 'not_found') return showBooking(request, reply);
      if (view.state === 'closed') return html(reply, 200, closedPage(view.language, view.reason));
      const formAction = `/i/${request.params.token}`;
      return html(
        reply,
        200,
        invitationPage({
          language: view.language,
          ...view.details,
          currentAnswer: view.currentAnswer,
          formAction,
          csrfToken: answerFormToken(view.invitationId, ctx.secret),
          calendarUrl: calendarUrl(request.params.token),
        }),
      );
    },
  );

  app.get<{ Params: { token: string } }>(
    '/i/:token/interview.ics',
    { schema: { hide: true }, preHandler: perAddress },
    async (request, reply) => {
      const view = await candidateView(ctx, request.params.token);
      if (view.state === 'not_found') return html(reply, 404, notFoundPage(browserLanguage(request)));
      if (view.state === 'closed') return html(reply, 410, closedPage(view.language, view.reason));
      const answerUrl = new URL(`/i/${request.params.token}`, config.publicUrl).href;
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="interview.ics"')
        .send(candidateCalendarFile({ language: view.language, details: view.details, calendar: view.calendar, answerUrl, now: ctx.clock.now() }));
    },
  );

  app.post<{ Params: { token: string }; Body: Record<string, string> | undefined }>(
    '/i/:token',
    { schema: { hide: true }, preHandler: perAddress },
    async (request, reply) => {
      const view = await candidateAnswerTarget(ctx, request.params.token);
      if (view.state === 'not_found') return chooseBooking(request, reply);
      if (view.state === 'closed') return html(reply, 409, closedPage(view.language, view.reason));
      const form = request.body ?? {};
      const answer = form.answer as Answer;
      const formAction = `/i/${request.params.token}`;
      if (!ANSWERS.includes(answer) || !isAnswerFormToken(form.csrf ?? '', view.invitationId, ctx.secret)) {
        return reply.redirect(formAction, 303);
      }
      const { companyName, jobTitle } = view;
      if (answer === 'not_relevant' && form.confirm !== 'yes') {
        return html(reply, 200, confirmWithdrawalPage({ language: view.language, companyName, jobTitle, formAction, csrfToken: form.csrf! }));
      }
      const message = answer === 'new_time_requested' ? truncate(form.message?.trim() ?? '', MAX_MESSAGE_LENGTH) || null : null;
      await answerAsCandidate(ctx, config.publicUrl, view, answer, message);
      return html(
        reply,
        200,
        answeredPage({
          language: view.language,
          answer,
          companyName,
          jobTitle,
          backUrl: answer === 'not_relevant' ? null : formAction,
          calendarUrl: answer === 'accepted' ? calendarUrl(request.params.token) : null,
        }),
      );
    },
  );
};
