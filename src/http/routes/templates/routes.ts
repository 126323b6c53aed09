import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MESSAGE_TEMPLATES, type TemplateKind } from '../../../domain/message-templates.js';
import { messageTemplates, previewMessageTemplate, resetMessageTemplate, saveMessageTemplate } from '../../../use-cases/message-templates.js';
import { errors, LanguageSchema } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';

const PATHS: Record<TemplateKind, { path: string; what: string }> = {
  interview_invitation: { path: 'interview-invitation', what: 'interview-invitation email' },
  booking_invitation: { path: 'booking-invitation', what: 'invitation-to-book email' },
  reminder_email: { path: 'reminder-email', what: 'reminder email' },
  reminder_sms: { path: 'reminder-sms', what: 'reminder SMS' },
};

const MAX_LENGTH: Record<string, number> = { subject: 300, body: 20_000, signature: 2000, text: 1000 };

const Preview = Type.Object({
  candidate: Type.Object({ name: Type.String(), email: Type.String(), mobile: Type.String() }, { description: 'The sample candidate.' }),
  from: Type.Object({ name: Type.String(), address: Type.String() }),
  subject: Type.Optional(Type.String({ description: 'Emails only.' })),
  text: Type.String({ description: "The email's plain-text part, or the SMS." }),
  html: Type.Optional(Type.String({ description: "Emails only: the HTML part, every value escaped." })),
  sms: Type.Optional(Type.Object({ segments: Type.Integer(), encoding: Type.Union([Type.Literal('GSM-7'), Type.Literal('UCS-2')]) })),
});

/**
 * The saved texts that pre-fill the invitation page: GET one kind for every enabled language; PUT, DELETE (back to
 * Samtale's wording) and preview one language.
 */
export const templateRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  requireSession(app, ctx);
  const security = [{ session: [] }];

  for (const [kind, { path, what }] of Object.entries(PATHS) as [TemplateKind, (typeof PATHS)[TemplateKind]][]) {
    const parts = MESSAGE_TEMPLATES[kind].parts;
    const Parts = Type.Object(
      Object.fromEntries(parts.map((part) => [part, Type.String({ maxLength: MAX_LENGTH[part]!, ...(part === 'signature' ? {} : { minLength: 1, pattern: '\\S' }) })])),
      { additionalProperties: false },
    );
    const Template = Type.Object({
      language: LanguageSchema,
      ...Parts.properties,
      customised: Type.Boolean({ description: "False while Samtale's shipped wording is used." }),
    });
    const present = ({ language, parts: values, customised }: Awaited<ReturnType<typeof saveMessageTemplate>>) => ({ language, ...values, customised });

    app.get(
      `/api/templates/${path}`,
      {
        schema: {
          tags: ['templates'],
          summary: `The organisation's ${what} templates, one per enabled language, to pre-fill the invitation page.`,
          security,
          response: { 200: Type.Object({ items: Type.Array(Template) }), ...errors(401) },
        },
      },
      async (request) => ({ items: (await messageTemplates(ctx, sessionOf(request), kind)).map(present) }),
    );

    app.put(
      `/api/templates/${path}/:language`,
      {
        schema: {
          tags: ['templates'],
          summary: `Save the organisation's ${what} template for one language (administrators).`,
          security,
          params: Type.Object({ language: LanguageSchema }, { additionalProperties: false }),
          body: Parts,
          response: { 200: Template, ...errors(400, 401, 403) },
        },
      },
      async (request) => present(await saveMessageTemplate(ctx, sessionOf(request), kind, request.params.language, request.body as Record<string, string>)),
    );

    app.delete(
      `/api/templates/${path}/:language`,
      {
        schema: {
          tags: ['templates'],
          summary: `Reset the organisation's ${what} template for one language to Samtale's wording (administrators).`,
          security,
          params: Type.Object({ language: LanguageSchema }, { additionalProperties: false }),
          response: { 200: Template, ...errors(400, 401, 403) },
        },
      },
      async (request) => present(await resetMessageTemplate(ctx, sessionOf(request), kind, request.params.language)),
    );

    app.post(
      `/api/templates/${path}/:language/preview`,
      {
        schema: {
          tags: ['templates'],
          summary: `The ${what} as a sample candidate would get it, written as given; stores nothing.`,
          security,
          params: Type.Object({ language: LanguageSchema }, { additionalProperties: false }),
          body: Parts,
          response: { 200: Preview, ...errors(400, 401) },
        },
      },
      async (request) =>
        previewMessageTemplate(ctx, config.publicUrl, sessionOf(request), kind, request.params.language, request.body as Record<string, string>),
    );
  }
};
