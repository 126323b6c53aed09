import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { cancelInterview } from '../../../use-cases/cancel-interview.js';
import { changeInterview } from '../../../use-cases/change-interview.js';
import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from '../../../domain/interview.js';
import { interviewDetails } from '../../../use-cases/interview-details.js';
import { ApplicationStatusSchema, CandidateSchema, errors, Id, InterviewSchema, InvitationSchema, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';

const InterviewResponse = Type.Object({
  ...InterviewSchema.properties,
  invitations: Type.Array(
    Type.Object({
      ...InvitationSchema.properties,
      application: Type.Object({ id: Id, status: ApplicationStatusSchema, candidate: CandidateSchema }),
    }),
  ),
});

export const interviewRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  requireSession(app, ctx);

  app.get(
    '/api/interviews/:interviewId',
    {
      schema: {
        tags: ['invitations'],
        summary: "An interview with its recruiters and each invitee's answer.",
        security: [{ session: [] }],
        params: PathWithId('interviewId'),
        response: { 200: InterviewResponse, ...errors(401, 404) },
      },
    },
    async (request) => {
      const { interview, invitations } = await interviewDetails(ctx, sessionOf(request).organisation.id, request.params.interviewId);
      return { ...interview, invitations };
    },
  );

  app.post(
    '/api/interviews/:interviewId/cancel',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Cancel an interview: invitees and recruiters are told, with a calendar cancellation; reminders are dropped.',
        security: [{ session: [] }],
        params: PathWithId('interviewId'),
        body: Type.Optional(Type.Object({ message: Type.Optional(Type.String({ maxLength: 2000, description: 'Passed on to the invitees.' })) }, { additionalProperties: false })),
        response: { 200: InterviewResponse, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const session = sessionOf(request);
      await cancelInterview(ctx, config.publicUrl, session, request.params.interviewId, request.body?.message?.trim() || null);
      const { interview, invitations } = await interviewDetails(ctx, session.organisation.id, request.params.interviewId);
      return { ...interview, invitations };
    },
  );

  app.patch(
    '/api/interviews/:interviewId',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Move or change an interview: answers return to awaiting, reminders move, invitees and recruiters get the update.',
        security: [{ session: [] }],
        params: PathWithId('interviewId'),
        body: Type.Object(
          {
            date: Type.Optional(Type.String({ format: 'date', description: "Local date in the organisation's zone." })),
            time: Type.Optional(Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' })),
            durationMinutes: Type.Optional(Type.Integer({ minimum: MIN_DURATION_MINUTES, maximum: MAX_DURATION_MINUTES })),
            location: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
            meetingUrl: Type.Optional(Type.Union([Type.String({ maxLength: 2000, pattern: '^https?://[^\\s]+$' }), Type.Null()])),
            recruiterIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50 })),
            message: Type.Optional(Type.String({ maxLength: 2000, description: 'Passed on to the invitees.' })),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: InterviewResponse, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const session = sessionOf(request);
      await changeInterview(ctx, config.publicUrl, session, request.params.interviewId, request.body);
      const { interview, invitations } = await interviewDetails(ctx, session.organisation.id, request.params.interviewId);
      return { ...interview, invitations };
    },
  );
};
