import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
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

export const interviewRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
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
};
