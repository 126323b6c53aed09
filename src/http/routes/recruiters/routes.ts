import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { organisationRecruiters } from '../../../use-cases/recruiters.js';
import { errors, Id } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';

const RecruiterSchema = Type.Object({
  id: Id,
  name: Type.String(),
  email: Type.String(),
  role: Type.Enum(['admin', 'recruiter']),
  smsAccess: Type.Boolean({ description: 'May send SMS reminders.' }),
});

export const recruiterRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);

  app.get(
    '/api/recruiters',
    {
      schema: {
        tags: ['recruiters'],
        summary: "The organisation's recruiters and administrators, by name: who can take part in an interview.",
        security: [{ session: [] }],
        response: { 200: Type.Object({ items: Type.Array(RecruiterSchema) }), ...errors(401) },
      },
    },
    async (request) => ({
      items: (await organisationRecruiters(ctx, sessionOf(request))).map(({ id, name, email, role, smsAccess }) => ({ id, name, email, role, smsAccess })),
    }),
  );
};
