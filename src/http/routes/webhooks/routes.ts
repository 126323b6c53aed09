import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { addWebhookEndpoint, organisationWebhookEndpoints, removeOrganisationWebhookEndpoint, retryWebhookDelivery } from '../../../use-cases/webhook-endpoints.js';
import { errors, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { AddedWebhookEndpointSchema, AddWebhookEndpointBody, DeliverySchema, WebhookEndpointListResponse } from './schemas.js';

const security = [{ session: [] }];

/** Administrators tell Samtale where their ATS hears of invitations, answers and changes. */
export const webhookRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  requireSession(app, ctx);

  app.get(
    '/api/webhook-endpoints',
    {
      schema: {
        tags: ['integration'],
        summary: "The organisation's webhook endpoints with their latest deliveries (administrators).",
        security,
        response: { 200: WebhookEndpointListResponse, ...errors(401, 403) },
      },
    },
    async (request) => ({ items: await organisationWebhookEndpoints(ctx, sessionOf(request)) }),
  );

  app.post(
    '/api/webhook-endpoints',
    {
      schema: {
        tags: ['integration'],
        summary: 'Add a webhook endpoint (administrators). Its signing secret is in this response only.',
        description: 'Each event is posted as JSON with a `Samtale-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` header; see the README.',
        security,
        body: AddWebhookEndpointBody,
        response: { 201: AddedWebhookEndpointSchema, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addWebhookEndpoint(ctx, sessionOf(request), request.body, { loopback: config.webhooksToLoopback })),
  );

  app.delete(
    '/api/webhook-endpoints/:endpointId',
    {
      schema: {
        tags: ['integration'],
        summary: 'Remove a webhook endpoint (administrators): nothing more is posted to it, including what was waiting.',
        security,
        params: PathWithId('endpointId'),
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeOrganisationWebhookEndpoint(ctx, sessionOf(request), request.params.endpointId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/webhook-endpoints/:endpointId/deliveries/:deliveryId/retry',
    {
      schema: {
        tags: ['integration'],
        summary: 'Send a failed delivery again (administrators): due at once, with a fresh set of tries. 409 unless it failed.',
        description: 'The same body and `Samtale-Event-Id` as before, signed anew. 404 for a delivery to another endpoint, or to one removed.',
        security,
        params: PathWithId('endpointId', 'deliveryId'),
        response: { 200: DeliverySchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => retryWebhookDelivery(ctx, sessionOf(request), request.params.endpointId, request.params.deliveryId),
  );
};
