import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { changeUserAccess } from '../../../use-cases/change-user-access.js';
import { inviteAgain, inviteRecruiter } from '../../../use-cases/invite-recruiter.js';
import { organisationUserAccounts } from '../../../use-cases/user-accounts.js';
import { deactivateUser, reactivateUser } from '../../../use-cases/user-activation.js';
import { errors, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { AccessBody, InvitationBody, UserAccountSchema } from './schemas.js';

const security = [{ session: [] }];

/** The Users screen's operations: administrators only, on users of their own organisation. */
export const userRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  requireSession(app, ctx);

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: "The organisation's users with role, SMS access and status, by name (administrators only).",
        security,
        response: { 200: Type.Object({ items: Type.Array(UserAccountSchema) }), ...errors(401, 403) },
      },
    },
    async (request) => ({ items: await organisationUserAccounts(ctx, sessionOf(request)) }),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Invite a user: they are emailed a one-time link to choose a password, valid 72 hours (administrators only).',
        security,
        body: InvitationBody,
        response: { 201: UserAccountSchema, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteRecruiter(ctx, sessionOf(request), request.body, config.publicUrl)),
  );

  app.post(
    '/api/users/:userId/invitation',
    {
      schema: {
        tags: ['users'],
        summary: 'Send an invited user a fresh link to choose a password (valid 72 hours); the earlier link stops working (administrators only).',
        security,
        params: PathWithId('userId'),
        response: { 200: UserAccountSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => inviteAgain(ctx, sessionOf(request), request.params.userId, config.publicUrl),
  );

  app.patch(
    '/api/users/:userId',
    {
      schema: {
        tags: ['users'],
        summary: "Change a user's role or SMS access; the last active administrator stays one (administrators only).",
        security,
        params: PathWithId('userId'),
        body: AccessBody,
        response: { 200: UserAccountSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => changeUserAccess(ctx, sessionOf(request), request.params.userId, request.body),
  );

  app.post(
    '/api/users/:userId/deactivate',
    {
      schema: {
        tags: ['users'],
        summary: 'Deactivate a user: their sessions end at once and they cannot sign in; the history keeps their name (administrators only).',
        security,
        params: PathWithId('userId'),
        response: { 200: UserAccountSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => deactivateUser(ctx, sessionOf(request), request.params.userId),
  );

  app.post(
    '/api/users/:userId/reactivate',
    {
      schema: {
        tags: ['users'],
        summary: 'Let a deactivated user sign in again (administrators only).',
        security,
        params: PathWithId('userId'),
        response: { 200: UserAccountSchema, ...errors(401, 403, 404) },
      },
    },
    async (request) => reactivateUser(ctx, sessionOf(request), request.params.userId),
  );
};
