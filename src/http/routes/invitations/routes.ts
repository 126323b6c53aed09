import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ANSWERS } from '../../../domain/response-status.js';
import { recordAnswer } from '../../../use-cases/record-answer.js';
import { errors, InvitationSchema, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';

/** An interview invitation of one candidate: an answer recorded by hand (given by phone, say). */
export const invitationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  requireSession(app, ctx);

  app.patch(
    '/api/invitations/:invitationId',
    {
      schema: {
        tags: ['invitations'],
        summary: "Record the candidate's answer by hand (given by phone, say): declining or withdrawing cancels the reminders.",
        security: [{ session: [] }],
        params: PathWithId('invitationId'),
        body: Type.Object({ responseStatus: Type.Enum([...ANSWERS]) }, { additionalProperties: false }),
        response: { 200: InvitationSchema, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const { organisation, user } = sessionOf(request);
      return recordAnswer(ctx, {
        organisationId: organisation.id,
        invitationId: request.params.invitationId,
        answer: request.body.responseStatus,
        actor: { type: 'user', id: user.id },
        publicUrl: config.publicUrl,
      });
    },
  );
};
