import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { invitationTemplates, saveInvitationTemplate } from '../../../use-cases/invitation-templates.js';
import { errors, LanguageSchema } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';

const Template = Type.Object({
  language: LanguageSchema,
  subject: Type.String(),
  body: Type.String(),
  customised: Type.Boolean({ description: "False while Samtale's shipped wording is used." }),
});

const TemplateBody = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: 300, pattern: '\\S' }),
    body: Type.String({ minLength: 1, maxLength: 20_000, pattern: '\\S' }),
  },
  { additionalProperties: false },
);

export const emailTemplateRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);
  const security = [{ session: [] }];

  app.get(
    '/api/email-templates/interview-invitation',
    {
      schema: {
        tags: ['invitations'],
        summary: "The organisation's interview-invitation templates, one per enabled language, to pre-fill the email.",
        security,
        response: { 200: Type.Object({ items: Type.Array(Template) }), ...errors(401) },
      },
    },
    async (request) => ({ items: await invitationTemplates(ctx, sessionOf(request)) }),
  );

  app.put(
    '/api/email-templates/interview-invitation/:language',
    {
      schema: {
        tags: ['invitations'],
        summary: "Save the organisation's interview-invitation template for one language (administrators).",
        security,
        params: Type.Object({ language: LanguageSchema }, { additionalProperties: false }),
        body: TemplateBody,
        response: { 200: Template, ...errors(400, 401, 403) },
      },
    },
    async (request) => saveInvitationTemplate(ctx, sessionOf(request), request.params.language, request.body),
  );
};
