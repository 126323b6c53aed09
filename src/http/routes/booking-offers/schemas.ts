import { Type } from 'typebox';
import { BOOKING_INVITATION_STATUSES, BOOKING_OFFER_STATUSES, MAX_OFFERED_SLOTS } from '../../../domain/booking-offer.js';
import { INTERVIEW_TYPES, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from '../../../domain/interview.js';
import { MAX_SEATS_PER_SLOT } from '../../../use-cases/offer-times/plan.js';
import { Id, Instant } from '../../schemas.js';
import { EmailVariants, MAX_APPLICANTS_PER_INVITATION, PreviewRecipientFields, ReminderRequest, RenderedEmail, WarningSchema } from '../interview-invitations/schemas.js';

const LocalDate = Type.String({ format: 'date', description: "Local date in the organisation's zone, YYYY-MM-DD." });
const LocalTime = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local time, HH:MM.' });
const IdList = (maxItems: number) => Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems });

const Window = Type.Object({ date: LocalDate, from: LocalTime, to: LocalTime }, { additionalProperties: false });
const PickedSlot = Type.Object({ date: LocalDate, time: LocalTime }, { additionalProperties: false });

const slotSources = {
  windows: Type.Optional(Type.Array(Window, { maxItems: 50, description: 'Stretches of a day filled with slots back to back.' })),
  slots: Type.Optional(Type.Array(PickedSlot, { maxItems: MAX_OFFERED_SLOTS, description: 'Slots picked one by one, each lasting the slot length.' })),
  breakMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, description: 'Between one slot and the next in a window.' })),
};

export const AddSlotsBody = Type.Object(slotSources, { additionalProperties: false });

export const OfferRequestBody = Type.Object(
  {
    applicationIds: IdList(MAX_APPLICANTS_PER_INVITATION),
    offer: Type.Object(
      {
        type: Type.Enum([...INTERVIEW_TYPES]),
        recruiterIds: IdList(50),
        durationMinutes: Type.Integer({ minimum: MIN_DURATION_MINUTES, maximum: MAX_DURATION_MINUTES, description: 'The length of each slot.' }),
        seatsPerSlot: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SEATS_PER_SLOT, description: 'More than 1 only for a group interview.' })),
        location: Type.Optional(Type.String({ maxLength: 500 })),
        meetingUrl: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://[^\\s]+$', description: 'Needed for video.' })),
        deadline: Type.Optional(
          Type.Object({ date: LocalDate, time: LocalTime }, { additionalProperties: false, description: 'Until when candidates book; left out, 24 hours before the first slot.' }),
        ),
        ...slotSources,
      },
      { additionalProperties: false },
    ),
    email: Type.Object(
      {
        action: Type.Literal('send_email', { description: 'The email carries the link to book, so an offer always sends one.' }),
        from: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
        includeConfirmLink: Type.Optional(Type.Boolean({ description: 'Left out: ticked unless every variant used holds {confirmlink}.' })),
        variants: Type.Optional(EmailVariants),
      },
      { additionalProperties: false },
    ),
    reminder: Type.Optional(ReminderRequest),
    acknowledgeWarnings: Type.Optional(Type.Boolean({ description: 'Offer although candidates lack a mobile number for an SMS reminder.' })),
  },
  { additionalProperties: false },
);

const OfferedSlot = Type.Object({ startsAt: Instant, endsAt: Instant, seats: Type.Integer() });

export const OfferPreviewResponse = Type.Object({
  slots: Type.Array(OfferedSlot),
  deadlineAt: Instant,
  recipients: Type.Array(
    Type.Object({ ...PreviewRecipientFields, email: RenderedEmail }),
  ),
  confirmLink: Type.Object({ default: Type.Boolean(), included: Type.Boolean() }),
  warnings: Type.Array(WarningSchema),
});

export const OfferResponse = Type.Object({
  offerId: Id,
  deadlineAt: Instant,
  slots: Type.Array(Type.Object({ id: Id, ...OfferedSlot.properties })),
  bookingInvitations: Type.Array(Type.Object({ id: Id, applicationId: Id, bookingUrl: Type.String({ description: "The candidate's own link to book." }) })),
  warnings: Type.Array(WarningSchema),
});

const Person = Type.Object({ id: Id, firstName: Type.String(), lastName: Type.String() });

export const OfferView = Type.Object({
  id: Id,
  projectId: Id,
  projectTitle: Type.String(),
  type: Type.Enum([...INTERVIEW_TYPES]),
  durationMinutes: Type.Integer(),
  location: Type.Union([Type.String(), Type.Null()]),
  meetingUrl: Type.Union([Type.String(), Type.Null()]),
  seatsPerSlot: Type.Integer(),
  deadlineAt: Instant,
  status: Type.Enum([...BOOKING_OFFER_STATUSES]),
  recruiters: Type.Array(Type.Object({ id: Id, name: Type.String() })),
  slots: Type.Array(
    Type.Object({
      id: Id,
      startsAt: Instant,
      endsAt: Instant,
      seats: Type.Integer(),
      booked: Type.Integer(),
      status: Type.Enum(['scheduled', 'cancelled']),
      bookings: Type.Array(Type.Object({ applicationId: Id, invitationId: Id, candidate: Person })),
    }),
  ),
  invitees: Type.Array(
    Type.Object({
      bookingInvitationId: Id,
      applicationId: Id,
      candidate: Type.Object({ ...Person.properties, email: Type.String(), mobile: Type.Union([Type.String(), Type.Null()]) }),
      status: Type.Enum([...BOOKING_INVITATION_STATUSES]),
      slotId: Type.Union([Id, Type.Null()], { description: 'The booked slot.' }),
      noReply: Type.Boolean({ description: 'Still not booked two working days after the email: time to follow up.' }),
    }),
  ),
});

export const ProjectOffers = Type.Object({
  offers: Type.Array(
    Type.Object({
      id: Id,
      status: Type.Enum([...BOOKING_OFFER_STATUSES]),
      deadlineAt: Instant,
      type: Type.Enum([...INTERVIEW_TYPES]),
      durationMinutes: Type.Integer(),
      slotCount: Type.Integer(),
      seats: Type.Integer(),
      booked: Type.Integer(),
      invitees: Type.Integer(),
      awaiting: Type.Integer(),
    }),
  ),
});
