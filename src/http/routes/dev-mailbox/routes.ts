import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { simpleParser } from 'mailparser';
import { Type } from 'typebox';
import { findDevMailRaw, listDevMail } from '../../../db/repositories/dev-mailbox.js';
import { notFound } from '../../../errors.js';
import { errors, Id, Instant, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { FRAMED_EMAIL_CSP, withLinksInNewTab } from './framed-html.js';

const DevMailSummary = Type.Object({ id: Id, outboxId: Id, recipient: Type.String(), subject: Type.String(), deliveredAt: Instant });

const DevMailResponse = Type.Object({
  id: Id,
  subject: Type.String(),
  text: Type.String(),
  html: Type.Union([Type.String(), Type.Null()]),
  raw: Type.String({ description: 'The complete MIME message as SMTP would have carried it.' }),
});

/** Emails with a user's one-time link are for administrators: a recruiter could otherwise take over that user. */
const readerOf = (request: FastifyRequest) => ({ withUserLinks: sessionOf(request).user.role === 'admin' });

/**
 * The development mailbox: without SMTP_URL, emails are kept here so a person can read them and follow their
 * links. Registered only then; with SMTP configured these addresses do not exist.
 */
export const devMailboxRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);
  const security = [{ session: [] }];

  /** One of the caller's organisation's delivered emails, raw and parsed; another's is not found. */
  async function deliveredEmail(request: FastifyRequest, mailId: string) {
    const raw = await findDevMailRaw(ctx.db, sessionOf(request).organisation.id, mailId, readerOf(request));
    if (raw === undefined) throw notFound('The email');
    return { raw, parsed: await simpleParser(raw) };
  }

  app.get(
    '/api/dev-mailbox',
    {
      schema: {
        tags: ['development'],
        summary: 'Emails the development transport delivered for your organisation, newest first (only without SMTP_URL).',
        security,
        response: { 200: Type.Object({ items: Type.Array(DevMailSummary) }), ...errors(401) },
      },
    },
    async (request) => ({ items: await listDevMail(ctx.db, sessionOf(request).organisation.id, 200, readerOf(request)) }),
  );

  app.get(
    '/api/dev-mailbox/:mailId',
    {
      schema: {
        tags: ['development'],
        summary: 'One delivered email: its text and HTML parts and the raw MIME.',
        security,
        params: PathWithId('mailId'),
        response: { 200: DevMailResponse, ...errors(401, 404) },
      },
    },
    async (request) => {
      const { raw, parsed } = await deliveredEmail(request, request.params.mailId);
      return { id: request.params.mailId, subject: parsed.subject ?? '', text: parsed.text ?? '', html: parsed.html || null, raw };
    },
  );

  app.get(
    '/api/dev-mailbox/:mailId/html',
    {
      schema: {
        tags: ['development'],
        summary: "One delivered email's HTML part as a document for a sandboxed frame of the web app; its links open a new tab.",
        security,
        params: PathWithId('mailId'),
        response: { 200: { description: 'The HTML document.', content: { 'text/html': { schema: Type.String() } } }, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const { html } = (await deliveredEmail(request, request.params.mailId)).parsed;
      if (!html) throw notFound('The HTML part of the email');
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', FRAMED_EMAIL_CSP)
        .header('x-frame-options', 'SAMEORIGIN')
        .send(withLinksInNewTab(html));
    },
  );
};
