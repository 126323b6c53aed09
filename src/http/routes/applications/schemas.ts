import { Type } from 'typebox';
import { ApplicationStatusSchema, CandidateSchema, Id, Instant, InterviewSchema, InvitationSchema, MessageSchema, ProjectSchema } from '../../schemas.js';

export const AuditEventSchema = Type.Object({
  id: Id,
  actor: Type.Object({
    type: Type.Enum(['user', 'candidate', 'system']),
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
});
