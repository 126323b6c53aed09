import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { retryMessage } from '../../../use-cases/retry-message.js';
import { errors, MessageSchema, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';

export const messageRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);

  app.post(
    '/api/messages/:messageId/retry',
    {
      schema: {
        tags: ['messages'],
        summary: 'Send a failed message again: due at once, with a fresh set of retries. 409 unless it failed.',
        security: [{ session: [] }],
        params: PathWithId('messageId'),
        response: { 200: MessageSchema, ...errors(401, 404, 409) },
      },
    },
    async (request) => retryMessage(ctx, sessionOf(request), request.params.messageId),
  );
};
