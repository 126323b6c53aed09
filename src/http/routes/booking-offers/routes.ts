import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { addOfferedSlots, closeOffer, remindToBook } from '../../../use-cases/offer-times/offer-changes.js';
import { previewOffer } from '../../../use-cases/offer-times/preview.js';
import { offerTimes } from '../../../use-cases/offer-times/send.js';
import { listProjectOffers, viewOffer } from '../../../use-cases/offer-times/view.js';
import { errors, PathWithId } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { asPreviewRecipient } from '../interview-invitations/routes.js';
import { AddSlotsBody, OfferPreviewResponse, OfferRequestBody, OfferResponse, OfferView, ProjectOffers } from './schemas.js';

const security = [{ session: [] }];
const tags = ['booking offers'];
const Empty = Type.Object({}, { additionalProperties: false });

/** Offering times that applicants book themselves (issue 13): make an offer, follow it, add times, remind, close. */
export const bookingOfferRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  requireSession(app, ctx);

  app.post(
    '/api/projects/:projectId/booking-offers/preview',
    {
      schema: {
        tags,
        summary: 'Show the slots an offer would hold, its deadline, and the email each applicant would get. Stores nothing.',
        security,
        params: PathWithId('projectId'),
        body: OfferRequestBody,
        response: { 200: OfferPreviewResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const preview = await previewOffer(ctx, config.publicUrl, sessionOf(request), request.params.projectId, request.body);
      return { ...preview, recipients: preview.recipients.map(asPreviewRecipient) };
    },
  );

  app.post(
    '/api/projects/:projectId/booking-offers',
    {
      schema: {
        tags,
        summary: 'Offer times to applicants: the slots, an invitation to book per applicant, and their emails with the link to book, in one transaction.',
        security,
        params: PathWithId('projectId'),
        body: OfferRequestBody,
        response: { 201: OfferResponse, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => reply.status(201).send(await offerTimes(ctx, config.publicUrl, sessionOf(request), request.params.projectId, request.body)),
  );

  app.get(
    '/api/projects/:projectId/booking-offers',
    {
      schema: { tags, summary: "The project's offers of times, newest first, with slots and bookings counted.", security, params: PathWithId('projectId'), response: { 200: ProjectOffers, ...errors(401, 404) } },
    },
    async (request) => ({ offers: await listProjectOffers(ctx, sessionOf(request), request.params.projectId) }),
  );

  app.get(
    '/api/booking-offers/:offerId',
    {
      schema: { tags, summary: 'One offer: each slot booked or free, and where each invited applicant stands.', security, params: PathWithId('offerId'), response: { 200: OfferView, ...errors(401, 404) } },
    },
    async (request) => viewOffer(ctx, sessionOf(request), request.params.offerId),
  );

  app.post(
    '/api/booking-offers/:offerId/close',
    {
      schema: {
        tags,
        summary: 'Close the offer: no more booking, changing or cancelling from it. Booked slots stay as interviews.',
        security,
        params: PathWithId('offerId'),
        body: Type.Optional(Empty),
        response: { 200: OfferView, ...errors(401, 404, 409) },
      },
    },
    async (request) => closeOffer(ctx, sessionOf(request), request.params.offerId),
  );

  app.post(
    '/api/booking-offers/:offerId/slots',
    {
      schema: {
        tags,
        summary: "Add times to an open offer, like its others: same length, recruiters and seats.",
        security,
        params: PathWithId('offerId'),
        body: AddSlotsBody,
        response: { 200: OfferView, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => addOfferedSlots(ctx, sessionOf(request), request.params.offerId, request.body),
  );

  app.post(
    '/api/booking-offers/:offerId/reminders',
    {
      schema: {
        tags,
        summary: 'Email each applicant who has not booked or answered their invitation to book again, marked as a reminder.',
        security,
        params: PathWithId('offerId'),
        body: Type.Optional(Empty),
        response: { 200: Type.Object({ reminded: Type.Integer() }), ...errors(401, 404, 409) },
      },
    },
    async (request) => remindToBook(ctx, config.publicUrl, sessionOf(request), request.params.offerId),
  );
};
