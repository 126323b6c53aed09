import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readMessage } from '../../../use-cases/read-message.js';
import { retryMessage } from '../../../use-cases/retry-message.js';
import { errors, MessageSchema, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { MessageToReadResponse } from './schemas.js';

export const messageRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);

  app.get(
    '/api/messages/:messageId',
    {
      schema: {
        tags: ['messages'],
        summary: 'One email or SMS with its sender and text, the confirmation link shown as {confirmlink}.',
        security: [{ session: [] }],
        params: PathWithId('messageId'),
        response: { 200: MessageToReadResponse, ...errors(401, 404) },
      },
    },
    async (request) => readMessage(ctx, sessionOf(request).organisation.id, request.params.messageId),
  );

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
