import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { applicationAndCv } from '../../../use-cases/application-and-cv.js';
import { errors, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { ApplicationAndCvResponse } from './schemas.js';

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
      const { application, project, history, invitations, messages } = await applicationAndCv(
        ctx,
        organisation.id,
        request.params.applicationId,
        organisation.timeZone,
      );
      const { candidate, ...rest } = application;
      const reminders = messages.filter((message) => message.kind === 'reminder');
      return { application: rest, candidate, project, history, invitations, messages, reminders };
    },
  );
};
