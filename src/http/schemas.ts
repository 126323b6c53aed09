import { Type, type TSchema } from 'typebox';
import { APPLICATION_STATUSES } from '../domain/application-status.js';
import { INTERVIEW_TYPES } from '../domain/interview.js';
import { RESPONSE_STATUSES } from '../domain/invitation.js';
import { MESSAGE_KINDS, MESSAGE_STATUSES } from '../domain/message.js';
import { SUPPORTED_LANGUAGES } from '../domain/languages.js';

/** Shapes shared by several resources. Responses are serialised through these, so no raw row leaks out. */

export const Id = Type.String({ format: 'uuid', description: 'Identifier (UUID).' });
export const Instant = Type.String({ format: 'date-time', description: 'UTC instant, ISO 8601.' });

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable, machine-readable reason.' }),
      message: Type.String({ description: 'A sentence for people.' }),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'Error', description: 'Every error has this shape.' },
);

const errorRef = Type.Ref('Error');

/** The error responses a route may give, named by status, for the OpenAPI document. */
export function errors(...statuses: (400 | 401 | 403 | 404 | 409 | 429)[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((status) => [status, errorRef]));
}

export const ApplicationStatusSchema = Type.Enum([...APPLICATION_STATUSES], { description: 'Status for the project.' });
export const LanguageSchema = Type.Enum([...SUPPORTED_LANGUAGES]);

export const OrganisationSchema = Type.Object({
  id: Id,
  name: Type.String(),
  timeZone: Type.String({ description: 'IANA time zone, e.g. Europe/Copenhagen.' }),
  defaultLanguage: LanguageSchema,
  languages: Type.Array(LanguageSchema),
  smsEnabled: Type.Boolean(),
  defaultSenderAddress: Type.String(),
});

export const CandidateSchema = Type.Object({
  id: Id,
  firstName: Type.String(),
  lastName: Type.String(),
  email: Type.String(),
  mobile: Type.Union([Type.String({ description: 'E.164' }), Type.Null()]),
  language: Type.String(),
});

export const ProjectSchema = Type.Object({
  id: Id,
  title: Type.String(),
  reference: Type.String(),
  status: Type.Enum(['open', 'closed']),
  owner: Type.Object({ id: Id, name: Type.String() }),
  createdAt: Instant,
});

export const InterviewSchema = Type.Object({
  id: Id,
  projectId: Id,
  type: Type.Enum([...INTERVIEW_TYPES]),
  startsAt: Instant,
  endsAt: Instant,
  durationMinutes: Type.Integer(),
  location: Type.Union([Type.String(), Type.Null()]),
  meetingUrl: Type.Union([Type.String(), Type.Null()]),
  recruiters: Type.Array(Type.Object({ id: Id, name: Type.String(), email: Type.String() })),
  sequence: Type.Integer(),
  status: Type.Enum(['scheduled', 'cancelled']),
  offerId: Type.Union([Id, Type.Null()], { description: 'A slot offered for booking: its offer (GET /api/booking-offers/{offerId}).' }),
});

export const InvitationSchema = Type.Object({
  id: Id,
  interviewId: Id,
  applicationId: Id,
  responseStatus: Type.Enum([...RESPONSE_STATUSES], { description: 'The candidate\'s answer ("Acc. time").' }),
  language: Type.String(),
  createdAt: Instant,
});

export const MessageSchema = Type.Object({
  id: Id,
  invitationId: Type.Union([Id, Type.Null()], { description: 'The interview invitation it belongs to, if any.' }),
  kind: Type.Enum([...MESSAGE_KINDS]),
  channel: Type.Enum(['email', 'sms']),
  recipient: Type.String(),
  subject: Type.String(),
  status: Type.Enum([...MESSAGE_STATUSES]),
  attempts: Type.Integer(),
  dueAt: Instant,
  sentAt: Type.Union([Instant, Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()], { description: 'Why the last delivery attempt failed.' }),
  createdAt: Instant,
});

/** An id in a path: anything that is not an id of the caller's organisation is simply not found (404). */
const PathId = Type.String({ minLength: 1, maxLength: 100 });

export const PathWithId = <K extends string>(...names: K[]) =>
  Type.Object(Object.fromEntries(names.map((name) => [name, PathId])) as Record<K, typeof PathId>, { additionalProperties: false });
