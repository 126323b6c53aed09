import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changeOrganisationSettings, organisationSettings } from '../../../use-cases/organisation-settings.js';
import { errors } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { OrganisationSettingsChanges, OrganisationSettingsSchema } from './schemas.js';

/** The organisation's own settings, for its administrators. */
export const organisationSettingsRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);
  const security = [{ session: [] }];

  app.get(
    '/api/organisation/settings',
    {
      schema: {
        tags: ['organisation'],
        summary: "The organisation's settings: name, time zone, languages, default sender, SMS (administrators).",
        security,
        response: { 200: OrganisationSettingsSchema, ...errors(401, 403) },
      },
    },
    async (request) => organisationSettings(ctx, sessionOf(request)),
  );

  app.patch(
    '/api/organisation/settings',
    {
      schema: {
        tags: ['organisation'],
        summary: "Change some of the organisation's settings (administrators); the default language must be one of those offered.",
        security,
        body: OrganisationSettingsChanges,
        response: { 200: OrganisationSettingsSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => changeOrganisationSettings(ctx, sessionOf(request), request.body),
  );
};
