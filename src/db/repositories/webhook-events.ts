import { v7 as timeOrderedUuid } from 'uuid';
import { webhookBody, type InvitationSnapshot, type WebhookEvent, type WebhookEventType } from '../../domain/webhook.js';
import { selectInChunks, type Db } from '../database.js';
import { queueMessages } from './messages.js';

/** The ids of the organisation's endpoints that want events of this type. */
export async function endpointsWanting(db: Db, organisationId: string, type: WebhookEventType): Promise<string[]> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .select(['id', 'events_json'])
    .where('organisation_id', '=', organisationId)
    .where('removed_at', 'is', null)
    .execute();
  return rows.filter((row) => (JSON.parse(row.events_json) as WebhookEventType[]).includes(type)).map((row) => row.id);
}

/** What an event tells of each invitation: the invitation, its interview, and the ids an ATS knows them by. */
export async function invitationSnapshots(db: Db, organisationId: string, invitationIds: string[]): Promise<Map<string, InvitationSnapshot>> {
  const rows = await selectInChunks(invitationIds, (chunk) =>
    db
      .selectFrom('invitations')
      .innerJoin('applications', 'applications.id', 'invitations.application_id')
      .innerJoin('interviews', 'interviews.id', 'invitations.interview_id')
      .innerJoin('projects', 'projects.id', 'applications.project_id')
      .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
      .select([
        'invitations.id',
        'invitations.response_status',
        'interviews.id as interview_id',
        'interviews.type as interview_type',
        'interviews.starts_at',
        'interviews.ends_at',
        'interviews.location',
        'interviews.meeting_url',
        'interviews.status as interview_status',
        'applications.id as application_id',
        'applications.external_id as application_external_id',
        'applications.status as application_status',
        'candidates.id as candidate_id',
        'candidates.external_id as candidate_external_id',
        'projects.id as project_id',
        'projects.external_id as project_external_id',
      ])
      .where('invitations.organisation_id', '=', organisationId)
      .where('invitations.id', 'in', chunk)
      .execute(),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        invitation: { id: row.id, responseStatus: row.response_status },
        interview: {
          id: row.interview_id,
          type: row.interview_type,
          status: row.interview_status,
          startsAt: row.starts_at,
          endsAt: row.ends_at,
          location: row.location,
          meetingUrl: row.meeting_url,
        },
        application: { id: row.application_id, externalId: row.application_external_id, status: row.application_status },
        candidate: { id: row.candidate_id, externalId: row.candidate_external_id },
        project: { id: row.project_id, externalId: row.project_external_id },
      },
    ]),
  );
}

/** Queues every event for every endpoint given, in the caller's transaction, in chunked inserts. */
export async function queueWebhookDeliveries(db: Db, organisationId: string, endpointIds: string[], events: WebhookEvent[], now: Date): Promise<void> {
  const at = now.toISOString();
  await queueMessages(
    db,
    events.flatMap((event) => {
      const body = webhookBody(organisationId, event);
      return endpointIds.map((endpointId) => ({
        id: timeOrderedUuid(),
        organisation_id: organisationId,
        kind: 'webhook_event' as const,
        channel: 'webhook' as const,
        application_id: null,
        invitation_id: null,
        interview_id: null,
        recipient: endpointId,
        sender: '',
        reply_to: null,
        subject: event.type,
        text_body: body,
        html_body: null,
        calendar: null,
        message_id: event.id,
        next_attempt_at: at,
        created_at: at,
      }));
    }),
  );
}
