import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { INTERVIEW_TYPES } from '../../../domain/interview.js';
import { RESPONSE_STATUSES } from '../../../domain/invitation.js';
import {
  calendarFeed,
  createCalendarFeed,
  FEED_DAYS_AHEAD,
  FEED_DAYS_BACK,
  MAX_CALENDAR_WINDOW_DAYS,
  recruitmentCalendar,
  revokeCalendarFeed,
} from '../../../use-cases/recruitment-calendar.js';
import { ApplicationStatusSchema, errors, Id, Instant } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';

const security = [{ session: [] }];

const CalendarQuery = Type.Object(
  {
    from: Type.String({ format: 'date-time', description: 'Start of the window (inclusive), an ISO 8601 instant with its offset.' }),
    to: Type.String({
      format: 'date-time',
      description: `End of the window (exclusive); at most ${MAX_CALENDAR_WINDOW_DAYS} days after from on the organisation's calendar.`,
    }),
    recruiterId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Only interviews this recruiter takes part in.' })),
    projectId: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Only interviews of this project.' })),
  },
  { additionalProperties: false },
);

const CalendarInterviewSchema = Type.Object({
  id: Id,
  project: Type.Object({ id: Id, title: Type.String() }),
  type: Type.Enum([...INTERVIEW_TYPES]),
  startsAt: Instant,
  endsAt: Instant,
  date: Type.String({ description: "The start's local date in the organisation's zone, YYYY-MM-DD." }),
  time: Type.String({ description: "The start's local time in the organisation's zone, HH:MM." }),
  location: Type.Union([Type.String(), Type.Null()]),
  meetingUrl: Type.Union([Type.String(), Type.Null()]),
  status: Type.Enum(['scheduled', 'cancelled']),
  offer: Type.Union([Type.Object({ id: Id, seats: Type.Integer(), booked: Type.Integer() }), Type.Null()], {
    description: 'A slot offered for booking: free while booked is 0; a booked one has its candidates as invitees.',
  }),
  recruiters: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  invitees: Type.Array(
    Type.Object({
      invitationId: Id,
      applicationId: Id,
      applicationStatus: ApplicationStatusSchema,
      candidate: Type.Object({ id: Id, firstName: Type.String(), lastName: Type.String() }),
      responseStatus: Type.Enum([...RESPONSE_STATUSES], { description: 'The candidate\'s answer ("Acc. time").' }),
      noReply: Type.Boolean({ description: 'Still awaiting an answer two working days (Monday–Friday, local time) after it was sent.' }),
      reminder: Type.Object({
        status: Type.Enum(['none', 'queued', 'sent', 'cancelled', 'failed'], {
          description: 'Of the reminder email and/or SMS: queued while one is still to go, else sent if one went, else failed, else cancelled.',
        }),
        dueAt: Type.Union([Instant, Type.Null()]),
      }),
    }),
  ),
});

const CalendarResponse = Type.Object({
  from: Instant,
  to: Instant,
  timeZone: Type.String({ description: 'The organisation\'s IANA zone, in which date and time are given.' }),
  items: Type.Array(CalendarInterviewSchema, { description: 'Interviews overlapping [from, to), by start time.' }),
});

export const calendarRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  // The feed is fetched by calendar programs, which have no session: its token is the credential. The log names
  // the route pattern only, never the query string that carries it.
  app.get(
    '/api/calendar.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: `A recruiter's personal iCalendar feed (read-only): their scheduled interviews from ${FEED_DAYS_BACK} days back to ${FEED_DAYS_AHEAD} days ahead.`,
        querystring: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200, description: 'From POST /api/me/calendar-feed.' }) }),
        response: {
          200: { description: 'The feed (RFC 5545, text/calendar; charset=utf-8): one event per interview, no METHOD.', content: { 'text/calendar': { schema: Type.String() } } },
          ...errors(400, 404),
        },
      },
    },
    async (request, reply) => {
      const ics = await calendarFeed(ctx, request.query.token);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'inline; filename="samtale.ics"')
        .type('text/calendar; charset=utf-8')
        .send(ics);
    },
  );

  await app.register(async (plugin) => {
    requireSession(plugin, ctx);
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();

    scope.get(
      '/api/calendar',
      {
        schema: {
          tags: ['calendar'],
          summary: 'The recruitment calendar: interviews overlapping a window, with each invitee\'s answer, no-reply flag and reminder.',
          security,
          querystring: CalendarQuery,
          response: { 200: CalendarResponse, ...errors(400, 401) },
        },
      },
      async (request) => {
        const { organisation } = sessionOf(request);
        const { from, to, recruiterId, projectId } = request.query;
        const window = { from: new Date(from), to: new Date(to) };
        const items = await recruitmentCalendar(ctx, organisation, { ...window, recruiterId, projectId });
        return { from: window.from.toISOString(), to: window.to.toISOString(), timeZone: organisation.timeZone, items };
      },
    );

    scope.post(
      '/api/me/calendar-feed',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Create the caller\'s calendar feed, or replace its address (the old one stops working). Subscribe to the URL in Outlook or Google Calendar.',
          security,
          response: {
            201: Type.Object({ url: Type.String({ description: 'The feed\'s secret address; shown only now.' }) }),
            ...errors(401),
          },
        },
      },
      async (request, reply) => reply.status(201).send(await createCalendarFeed(ctx, config.publicUrl, sessionOf(request))),
    );

    scope.delete(
      '/api/me/calendar-feed',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Revoke the caller\'s calendar feed: its address answers 404 from now on.',
          security,
          response: { 204: Type.Null(), ...errors(401) },
        },
      },
      async (request, reply) => {
        await revokeCalendarFeed(ctx, sessionOf(request));
        return reply.status(204).send(null);
      },
    );
  });
};
