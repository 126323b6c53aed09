import { Type, type TSchema } from 'typebox';
import { REMINDER_DAYS_BEFORE } from '../../../domain/reminder-timing.js';
import { INTERVIEW_TYPES, MAX_DURATION_MINUTES, MIN_DURATION_MINUTES } from '../../../domain/interview.js';
import { SUPPORTED_LANGUAGES } from '../../../domain/languages.js';
import { ApplicationStatusSchema, CandidateSchema, Id, Instant } from '../../schemas.js';

export const MAX_APPLICANTS_PER_INVITATION = 10_000;

const NotBlank = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });

const Variant = Type.Object(
  {
    subject: NotBlank(300),
    body: NotBlank(20_000, 'Plain text with variables such as {firstname} and {confirmlink}.'),
  },
  { additionalProperties: false },
);

const ReminderEmailVariant = Type.Object(
  { subject: NotBlank(300), body: NotBlank(20_000), signature: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);
const ReminderSmsVariant = Type.Object({ text: NotBlank(1000, 'At most 6 SMS segments once rendered.') }, { additionalProperties: false });
const perLanguage = <T extends TSchema>(variant: T, description: string) =>
  Type.Object(Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, Type.Optional(variant)])), {
    additionalProperties: false,
    description,
  });

export const ReminderRequest = Type.Object(
  {
    channel: Type.Enum(['none', 'email', 'sms', 'sms_email'], { description: 'SMS channels need SMS enabled and the user\'s SMS access.' }),
    daysBefore: Type.Enum([...REMINDER_DAYS_BEFORE], { description: 'Calendar days before; sent at 09:00 local time.' }),
    email: Type.Optional(Type.Object({ variants: perLanguage(ReminderEmailVariant, 'Subject, body and signature per language.') }, { additionalProperties: false })),
    sms: Type.Optional(Type.Object({ variants: perLanguage(ReminderSmsVariant, 'Text per language.') }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);

/** The email's subject and body per language, as for an invitation or an invitation to book. */
export const EmailVariants = perLanguage(Variant, 'Subject and body per language; each candidate gets their language, or the organisation default.');

export const InvitationRequestBody = Type.Object(
  {
    applicationIds: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
      minItems: 1,
      maxItems: MAX_APPLICANTS_PER_INVITATION,
      description: 'The applications to invite, in the order their slots are given.',
    }),
    interview: Type.Object(
      {
        type: Type.Enum([...INTERVIEW_TYPES]),
        recruiterIds: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { minItems: 1, maxItems: 50 }),
        date: Type.String({ format: 'date', description: "Local date in the organisation's zone, YYYY-MM-DD." }),
        time: Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'Local time, HH:MM.' }),
        durationMinutes: Type.Integer({ minimum: MIN_DURATION_MINUTES, maximum: MAX_DURATION_MINUTES }),
        breakMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, description: 'Between back-to-back slots.' })),
        location: Type.Optional(Type.String({ maxLength: 500 })),
        meetingUrl: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://[^\\s]+$', description: 'Needed for video.' })),
      },
      { additionalProperties: false },
    ),
    email: Type.Object(
      {
        action: Type.Enum(['send_email', 'no_email']),
        from: Type.Optional(Type.String({ format: 'email', maxLength: 320 })),
        includeConfirmLink: Type.Optional(
          Type.Boolean({ description: 'Left out: the default of the source document (ticked unless every variant used holds {confirmlink}).' }),
        ),
        variants: Type.Optional(EmailVariants),
      },
      { additionalProperties: false },
    ),
    reminder: Type.Optional(ReminderRequest),
    acknowledgeWarnings: Type.Optional(Type.Boolean({ description: 'Send although candidates lack a mobile number for an SMS reminder.' })),
  },
  { additionalProperties: false },
);

const ReminderOutcome = Type.Object({
  status: Type.Enum(['none', 'scheduled', 'skipped_too_late'], { description: 'skipped_too_late: 09:00 on that day has passed.' }),
  dueAt: Type.Optional(Instant),
  channels: Type.Optional(Type.Array(Type.Enum(['email', 'sms']))),
});

const ReminderPreview = Type.Object({
  ...ReminderOutcome.properties,
  email: Type.Optional(Type.Union([Type.Object({ subject: Type.String(), text: Type.String(), html: Type.String() }), Type.Null()])),
  sms: Type.Optional(
    Type.Union([
      Type.Object({ text: Type.String(), segments: Type.Integer(), encoding: Type.Enum(['GSM-7', 'UCS-2']) }),
      Type.Null(),
    ]),
  ),
});

const Slot = Type.Object({ startsAt: Instant, endsAt: Instant });

export const WarningSchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  applicationId: Type.Optional(Type.String()),
  recruiterId: Type.Optional(Type.String()),
  recruiterName: Type.Optional(Type.String({ description: 'recruiter_busy: who is busy.' })),
  startsAt: Type.Optional(Type.String({ format: 'date-time', description: 'recruiter_busy: when their other interview starts.' })),
  endsAt: Type.Optional(Type.String({ format: 'date-time', description: 'recruiter_busy: when their other interview ends.' })),
  offered: Type.Optional(Type.Boolean({ description: 'recruiter_busy: the other one is a time they offered for booking that nobody has booked yet.' })),
});

/** Who a preview's email goes to, and in which language (asPreviewRecipient in routes.ts). */
export const PreviewRecipientFields = {
  applicationId: Id,
  applicationStatus: ApplicationStatusSchema,
  candidate: CandidateSchema,
  language: Type.String({ description: 'The variant this candidate gets.' }),
};

export const RenderedEmail = Type.Object({ subject: Type.String(), text: Type.String(), html: Type.String() });

export const PreviewResponse = Type.Object({
  recipients: Type.Array(
    Type.Object({
      ...PreviewRecipientFields,
      slot: Slot,
      email: Type.Union([RenderedEmail, Type.Null()]),
      reminder: ReminderPreview,
    }),
  ),
  interviews: Type.Array(Slot),
  confirmLink: Type.Object({
    default: Type.Boolean({ description: 'Whether "include a link" starts ticked for these variants.' }),
    included: Type.Boolean({ description: 'Whether the link is appended where a variant lacks {confirmlink}.' }),
  }),
  warnings: Type.Array(WarningSchema),
});

export const SendResponse = Type.Object({
  invitations: Type.Array(
    Type.Object({
      id: Id,
      applicationId: Id,
      interviewId: Id,
      responseStatus: Type.Enum(['awaiting']),
      confirmUrl: Type.String({ description: "The candidate's own link to answer." }),
      reminder: ReminderOutcome,
    }),
  ),
  interviewIds: Type.Array(Id),
  warnings: Type.Array(WarningSchema),
});
