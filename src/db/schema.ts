import type { Generated } from 'kysely';
import type { ApiKeyScope } from '../domain/api-key.js';
import type { BookingInvitationStatus, BookingOfferStatus } from '../domain/booking-offer.js';
import type { ApplicationStatus } from '../domain/application-status.js';
import type { ActorType } from '../domain/audit-event.js';
import type { InterviewType } from '../domain/interview.js';
import type { ResponseStatus } from '../domain/invitation.js';
import type { MessageStatus, OutboxChannel, OutboxKind } from '../domain/message.js';
import type { TemplateKind } from '../domain/message-templates.js';
import type { ProjectStatus } from '../domain/project.js';
import type { Role } from '../domain/user.js';
import type { UserTokenPurpose } from '../domain/user-token.js';

/**
 * The tables as Kysely sees them. Conventions that keep one schema on SQLite and PostgreSQL:
 * - ids are UUIDs made by the application;
 * - instants are UTC: `timestamptz` on PostgreSQL, ISO-8601 text ending in `Z` on SQLite, and always an
 *   ISO string in and out of this layer (the PostgreSQL pool parses timestamptz to that form);
 * - flags are integers 0/1 (SQLite has no boolean);
 * - structured values (lists, audit snapshots) are JSON text.
 */
export type Instant = string;
export type Flag = 0 | 1;

export interface OrganisationTable {
  id: string;
  name: string;
  time_zone: string;
  default_language: string;
  languages_json: string;
  sms_enabled: Flag;
  default_sender_address: string;
  /** Null: the organisation's name. */
  default_sender_name: string | null;
  created_at: Instant;
}

export interface UserTable {
  id: string;
  organisation_id: string;
  name: string;
  email: string;
  password_hash: string;
  role: Role;
  sms_access: Flag;
  created_at: Instant;
  /** Set while the user may not sign in; null for an active (or invited) user. */
  deactivated_at: Instant | null;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  organisation_id: string;
  created_at: Instant;
  expires_at: Instant;
}

export interface ProjectTable {
  id: string;
  organisation_id: string;
  title: string;
  reference: string;
  status: ProjectStatus;
  owner_id: string;
  /** The id the organisation's ATS gives it, unique in the organisation; null for projects made in Samtale. */
  external_id: string | null;
  created_at: Instant;
}

export interface CandidateTable {
  id: string;
  organisation_id: string;
  first_name: string;
  last_name: string;
  email: string;
  mobile: string | null;
  language: string;
  /** Lower-cased name, email and mobile: case-insensitive search (æ, ø, å included) on both engines. */
  search_text: string;
  /** The id the organisation's ATS gives the candidate, unique in the organisation. */
  external_id: string | null;
  created_at: Instant;
}

export interface ApplicationTable {
  id: string;
  organisation_id: string;
  project_id: string;
  candidate_id: string;
  status: ApplicationStatus;
  submitted_at: Instant;
  updated_at: Instant;
  /** The id the organisation's ATS gives the application, unique in the organisation. */
  external_id: string | null;
}

export interface AuditEventTable {
  id: string;
  organisation_id: string;
  actor_type: ActorType;
  actor_id: string | null;
  subject_type: string;
  subject_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  at: Instant;
}

export interface InterviewTable {
  id: string;
  organisation_id: string;
  project_id: string;
  type: InterviewType;
  starts_at: Instant;
  ends_at: Instant;
  duration_minutes: number;
  location: string | null;
  meeting_url: string | null;
  sequence: number;
  status: 'scheduled' | 'cancelled';
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
  /** Set on a slot a recruiter offered for booking (booking_offers); null for an interview given a time. */
  offer_id: string | null;
  /** How many may book the slot: 1 for an individual interview, more for a group session. */
  seats: Generated<number>;
  booked_seats: Generated<number>;
}

export interface BookingOfferTable {
  id: string;
  organisation_id: string;
  project_id: string;
  type: InterviewType;
  duration_minutes: number;
  location: string | null;
  meeting_url: string | null;
  seats_per_slot: number;
  /** Candidates book, change and cancel until this moment. */
  deadline_at: Instant;
  status: BookingOfferStatus;
  /** The reminder made for each booking (JSON), or null for none. */
  reminder_json: string | null;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
}

export interface BookingInvitationTable {
  id: string;
  organisation_id: string;
  offer_id: string;
  application_id: string;
  status: BookingInvitationStatus;
  language: string;
  /** Hash of the booking link's token; the token is derived from the server secret, never stored. */
  link_hash: string;
  /** The booked slot's invitation, once booked. */
  invitation_id: string | null;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
}

export interface InterviewRecruiterTable {
  interview_id: string;
  user_id: string;
  organisation_id: string;
}

export interface InvitationTable {
  id: string;
  organisation_id: string;
  interview_id: string;
  application_id: string;
  response_status: ResponseStatus;
  language: string;
  /** Hash of the confirmation-link token; the token itself is derived from the server secret, never stored. */
  link_hash: string;
  created_by: string;
  created_at: Instant;
  updated_at: Instant;
}

export interface MessageTable {
  id: string;
  organisation_id: string;
  kind: OutboxKind;
  /** A webhook's row is addressed to its endpoint: `recipient` is the endpoint's id, `text_body` the JSON body. */
  channel: OutboxChannel;
  application_id: string | null;
  invitation_id: string | null;
  interview_id: string | null;
  /** Set on an email about a booking: its link is the booking page's, not the invitation's. */
  booking_invitation_id: string | null;
  recipient: string;
  sender: string;
  reply_to: string | null;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** The calendar invitation's data (JSON); the worker writes the .ics from it as it sends. */
  calendar_json: string | null;
  /** RFC 5322 Message-ID, fixed when queued: a message delivered twice is recognisably the same. */
  message_id: string;
  status: MessageStatus;
  attempts: number;
  /** When it first fell due; `next_attempt_at` moves on with each retry, this does not. */
  due_at: Instant;
  next_attempt_at: Instant;
  locked_until: Instant | null;
  /** The claim of the worker sending it; only that claim may extend the lease or record the outcome. */
  claim_token: string | null;
  last_error: string | null;
  sent_at: Instant | null;
  /** Never sent after this moment: a reminder is worthless once its interview has begun. */
  not_after: Instant | null;
  /** What a reminder was made from (JSON), to make it again when its interview moves. */
  source_json: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface DevMailboxTable {
  id: string;
  organisation_id: string;
  outbox_id: string;
  recipient: string;
  subject: string;
  raw: string;
  delivered_at: Instant;
}

export interface DevSmsTable {
  id: string;
  organisation_id: string;
  outbox_id: string;
  recipient: string;
  sender: string | null;
  body: string;
  delivered_at: Instant;
}

export interface EmailTemplateTable {
  organisation_id: string;
  kind: TemplateKind;
  language: string;
  subject: string;
  body: string;
  signature: string | null;
  updated_by: string;
  updated_at: Instant;
}

export interface CalendarFeedTable {
  /** One feed per recruiter; creating another replaces it. */
  user_id: string;
  organisation_id: string;
  /** Keyed hash of the feed URL's token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: Instant;
}

export interface UserTokenTable {
  id: string;
  organisation_id: string;
  user_id: string;
  purpose: UserTokenPurpose;
  /** Keyed hash of the link's token; the token itself is derived from the server secret and this id. */
  token_hash: string;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

export interface ApiKeyTable {
  id: string;
  organisation_id: string;
  name: string;
  scope: ApiKeyScope;
  /** Keyed hash of the key; the key itself is shown once at creation and never stored. */
  key_hash: string;
  created_by: string;
  created_at: Instant;
  last_used_at: Instant | null;
  revoked_at: Instant | null;
}

export interface WebhookEndpointTable {
  id: string;
  organisation_id: string;
  url: string;
  /** The event types it is sent (JSON list). */
  events_json: string;
  created_by: string;
  created_at: Instant;
  /** Set when an administrator removed it: it gets nothing more, and what waits for it is not sent. */
  removed_at: Instant | null;
}

/** A logo an organisation uploaded, for the top of its emails to candidates. */
export interface OrganisationLogoTable {
  id: string;
  organisation_id: string;
  bytes: Buffer;
  media_type: string;
  /** SHA-256 of the bytes, in hex: the logo's public address, which changes when the logo does. */
  content_hash: string;
  uploaded_by: string;
  uploaded_at: Instant;
  /** When another took its place or it was removed; null for the one that heads new emails. Kept for emails already written. */
  retired_at: Instant | null;
}

export interface Database {
  organisations: OrganisationTable;
  users: UserTable;
  sessions: SessionTable;
  projects: ProjectTable;
  candidates: CandidateTable;
  applications: ApplicationTable;
  audit_events: AuditEventTable;
  interviews: InterviewTable;
  interview_recruiters: InterviewRecruiterTable;
  invitations: InvitationTable;
  messages: MessageTable;
  dev_mailbox: DevMailboxTable;
  dev_sms: DevSmsTable;
  email_templates: EmailTemplateTable;
  calendar_feeds: CalendarFeedTable;
  api_keys: ApiKeyTable;
  user_tokens: UserTokenTable;
  webhook_endpoints: WebhookEndpointTable;
  organisation_logos: OrganisationLogoTable;
  booking_offers: BookingOfferTable;
  booking_invitations: BookingInvitationTable;
}
