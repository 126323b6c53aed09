import type { ApplicationWithCandidate } from '../../../domain/application.js';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { previewInvitations } from '../../../use-cases/invite-to-interview/preview.js';
import { sendInvitations } from '../../../use-cases/invite-to-interview/send.js';
import { errors, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { InvitationRequestBody, PreviewResponse, SendResponse } from './schemas.js';

const security = [{ session: [] }];

/** A preview's recipient as the API shows it: the application by id and status, beside its candidate. */
export function asPreviewRecipient<T extends { application: ApplicationWithCandidate }>({ application, ...rest }: T) {
  return { ...rest, applicationId: application.id, applicationStatus: application.status, candidate: application.candidate };
}

export const interviewInvitationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  requireSession(app, ctx);

  app.post(
    '/api/projects/:projectId/interview-invitations/preview',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Show what each applicant would receive: rendered email, slot, confirm-link default, warnings. Stores nothing.',
        security,
        params: PathWithId('projectId'),
        body: InvitationRequestBody,
        response: { 200: PreviewResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const preview = await previewInvitations(ctx, config.publicUrl, sessionOf(request), request.params.projectId, request.body);
      return { ...preview, recipients: preview.recipients.map(asPreviewRecipient) };
    },
  );

  app.post(
    '/api/projects/:projectId/interview-invitations',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Invite applicants to interview: creates interviews and invitations and queues the emails, in one transaction.',
        security,
        params: PathWithId('projectId'),
        body: InvitationRequestBody,
        response: { 201: SendResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await sendInvitations(ctx, config.publicUrl, sessionOf(request), request.params.projectId, request.body);
      return reply.status(201).send(result);
    },
  );
};
