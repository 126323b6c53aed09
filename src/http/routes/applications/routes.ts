import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { applicationAndCv } from '../../../use-cases/application-and-cv.js';
import { changeApplicationStatus } from '../../../use-cases/change-application-status.js';
import { errors, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { ApplicationAndCvResponse, ChangeStatusBody, ChangeStatusResponse } from './schemas.js';

export const applicationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);

  app.get(
    '/api/applications/:applicationId',
    {
      schema: {
        tags: ['applications'],
        summary: 'The candidate\'s "Application and CV": candidate, application, project and history.',
        security: [{ session: [] }],
        params: PathWithId('applicationId'),
        response: { 200: ApplicationAndCvResponse, ...errors(401, 404) },
      },
    },
    async (request) => {
      const { organisation } = sessionOf(request);
      const { application, project, history, invitations, messages, bookingInvitations } = await applicationAndCv(
        ctx,
        organisation.id,
        request.params.applicationId,
        organisation.timeZone,
      );
      const { candidate, ...rest } = application;
      const reminders = messages.filter((message) => message.kind === 'reminder');
      return { application: rest, candidate, project, history, invitations, messages, reminders, bookingInvitations };
    },
  );
  app.post(
    '/api/applications/status',
    {
      schema: {
        tags: ['applications'],
        summary: 'Change the "Status for the project" of one or more applications at once; an unknown id changes nothing (404).',
        security: [{ session: [] }],
        body: ChangeStatusBody,
        response: { 200: ChangeStatusResponse, ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const { organisation, user } = sessionOf(request);
      const items = await changeApplicationStatus(ctx, {
        organisationId: organisation.id,
        actor: { type: 'user', id: user.id },
        applicationIds: request.body.applicationIds,
        status: request.body.status,
        reopenWithdrawn: request.body.reopenWithdrawn ?? false,
      });
      return { items };
    },
  );
};
