import { BOOKING_INVITATION_STATUSES, BOOKING_OFFER_STATUSES } from '../../../domain/booking-offer.js';
import { Type } from 'typebox';
import { APPLICATION_STATUSES } from '../../../domain/application-status.js';
import { ApplicationStatusSchema, CandidateSchema, Id, Instant, InterviewSchema, InvitationSchema, MessageSchema, ProjectSchema } from '../../schemas.js';

export const AuditEventSchema = Type.Object({
  id: Id,
  actor: Type.Object({
    type: Type.Enum(['user', 'candidate', 'system', 'api_key'], { description: "Who did it; an ATS's change names the API key it used, by its name." }),
    id: Type.Union([Type.String(), Type.Null()]),
    name: Type.Union([Type.String(), Type.Null()]),
  }),
  subject: Type.Object({ type: Type.String(), id: Type.String() }),
  action: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
  at: Instant,
});

export const ApplicationAndCvResponse = Type.Object({
  application: Type.Object({
    id: Id,
    status: ApplicationStatusSchema,
    submittedAt: Instant,
    updatedAt: Instant,
  }),
  candidate: CandidateSchema,
  project: ProjectSchema,
  history: Type.Array(AuditEventSchema, { description: 'What happened to the application and candidate, oldest first.' }),
  invitations: Type.Array(
    Type.Object({
      ...InvitationSchema.properties,
      noReply: Type.Boolean({ description: 'Still awaiting an answer two working days (Monday–Friday, local time) after it was sent.' }),
      interview: InterviewSchema,
    }),
  ),
  messages: Type.Array(MessageSchema, { description: 'Emails and SMS to the candidate, with delivery status.' }),
  reminders: Type.Array(
    Type.Object({ id: Id, invitationId: MessageSchema.properties.invitationId, channel: Type.Enum(['email', 'sms']), dueAt: Instant, status: MessageSchema.properties.status, sentAt: Type.Union([Instant, Type.Null()]) }),
    { description: 'The interview reminders: channel, when due, and whether sent, waiting or cancelled.' },
  ),
  bookingInvitations: Type.Array(
    Type.Object({
      id: Id,
      offerId: Id,
      status: Type.Enum([...BOOKING_INVITATION_STATUSES]),
      offerStatus: Type.Enum([...BOOKING_OFFER_STATUSES]),
      deadlineAt: Instant,
      slot: Type.Union([Type.Object({ id: Id, startsAt: Instant, endsAt: Instant }), Type.Null()], { description: 'The slot booked, if any.' }),
      noReply: Type.Boolean({ description: 'Still not booked two working days after the invitation to book.' }),
    }),
    { description: 'Invitations to choose a time from offered slots, newest first.' },
  ),
});

export const MAX_STATUS_CHANGE_APPLICATIONS = 500;

export const ChangeStatusBody = Type.Object(
  {
    applicationIds: Type.Array(Id, { minItems: 1, maxItems: MAX_STATUS_CHANGE_APPLICATIONS, uniqueItems: true, description: 'One application, or all the invitees of a group interview.' }),
    status: Type.Enum([...APPLICATION_STATUSES], {
      description:
        'Any status for the project may be chosen, so that a mistake can be undone. An application already in it is left alone.',
    }),
    reopenWithdrawn: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'An application the candidate withdrew keeps "withdrawn" (outcome kept_withdrawn) unless this is true.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ChangeStatusResponse = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Id,
      status: ApplicationStatusSchema,
      outcome: Type.Enum(['changed', 'unchanged', 'kept_withdrawn'], {
        description: 'changed (an audit event records it), unchanged (already in the status) or kept_withdrawn.',
      }),
    }),
    { description: 'The applications in the order asked, each with its status now.' },
  ),
});
