import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createApiKey, organisationApiKeys, revokeOrganisationApiKey } from '../../../use-cases/api-keys.js';
import { errors, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { ApiKeyListResponse, CreateApiKeyBody, CreatedApiKeySchema } from './schemas.js';

const security = [{ session: [] }];

/** Administrators give their ATS keys here; the keys themselves cannot manage keys. */
export const apiKeyRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);

  app.get(
    '/api/api-keys',
    {
      schema: {
        tags: ['integration'],
        summary: "The organisation's API keys, without the keys themselves (administrators).",
        security,
        response: { 200: ApiKeyListResponse, ...errors(401, 403) },
      },
    },
    async (request) => ({ items: await organisationApiKeys(ctx, sessionOf(request)) }),
  );

  app.post(
    '/api/api-keys',
    {
      schema: {
        tags: ['integration'],
        summary: 'Create an API key for an ATS (administrators). The key is in this response only.',
        description: 'Send it as `Authorization: Bearer <key>` to the integration operations. A read key may only read.',
        security,
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKeySchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => reply.status(201).send(await createApiKey(ctx, sessionOf(request), request.body)),
  );

  app.delete(
    '/api/api-keys/:apiKeyId',
    {
      schema: {
        tags: ['integration'],
        summary: 'Revoke an API key at once (administrators); its next request gets 401.',
        security,
        params: PathWithId('apiKeyId'),
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await revokeOrganisationApiKey(ctx, sessionOf(request), request.params.apiKeyId);
      return reply.status(204).send(null);
    },
  );
};
