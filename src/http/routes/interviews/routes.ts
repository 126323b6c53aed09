import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { cancelInterview } from '../../../use-cases/cancel-interview.js';
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
};
