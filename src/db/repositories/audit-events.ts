import { v7 as timeOrderedUuid } from 'uuid';
import type { AuditEvent, AuditEventInput } from '../../domain/audit-event.js';
import { fullName } from '../../domain/candidate.js';
import { insertInChunks, type Db } from '../database.js';

export async function recordAuditEvent(db: Db, event: AuditEventInput, at: Date): Promise<void> {
  await recordAuditEvents(db, [event], at);
}

/** Many events in one statement: bulk changes never write per row. */
export async function recordAuditEvents(db: Db, events: AuditEventInput[], at: Date): Promise<void> {
  await insertInChunks(
    db,
    'audit_events',
    events,
    (event) => ({
      // Time-ordered ids, so that events of one instant (one transaction) read back in the order they happened.
      id: timeOrderedUuid(),
      organisation_id: event.organisationId,
      actor_type: event.actor.type,
      actor_id: event.actor.id,
      subject_type: event.subject.type,
      subject_id: event.subject.id,
      action: event.action,
      before_json: event.before === undefined ? null : JSON.stringify(event.before),
      after_json: event.after === undefined ? null : JSON.stringify(event.after),
      at: at.toISOString(),
    }),
  );
}

/** The history of some subjects (an application and its candidate, say), oldest first, with actors' names. */
export async function listAuditEvents(
  db: Db,
  organisationId: string,
  subjects: { type: string; id: string }[],
): Promise<AuditEvent[]> {
  if (subjects.length === 0) return [];
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('users', (join) =>
      join.onRef('users.id', '=', 'audit_events.actor_id').on('audit_events.actor_type', '=', 'user'),
    )
    .leftJoin('candidates', (join) =>
      join.onRef('candidates.id', '=', 'audit_events.actor_id').on('audit_events.actor_type', '=', 'candidate'),
    )
    .leftJoin('api_keys', (join) => join.onRef('api_keys.id', '=', 'audit_events.actor_id').on('audit_events.actor_type', '=', 'api_key'))
    .select([
      'audit_events.id',
      'audit_events.actor_type',
      'audit_events.actor_id',
      'audit_events.subject_type',
      'audit_events.subject_id',
      'audit_events.action',
      'audit_events.before_json',
      'audit_events.after_json',
      'audit_events.at',
      'users.name as user_name',
      'api_keys.name as api_key_name',
      'candidates.first_name as candidate_first_name',
      'candidates.last_name as candidate_last_name',
    ])
    .where('audit_events.organisation_id', '=', organisationId)
    .where((eb) =>
      eb.or(
        subjects.map((subject) =>
          eb.and([eb('audit_events.subject_type', '=', subject.type), eb('audit_events.subject_id', '=', subject.id)]),
        ),
      ),
    )
    .orderBy('audit_events.at')
    .orderBy('audit_events.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    actor: {
      type: row.actor_type,
      id: row.actor_id,
      name:
        row.user_name ??
        row.api_key_name ??
        (row.candidate_first_name !== null && row.candidate_last_name !== null
          ? fullName({ firstName: row.candidate_first_name, lastName: row.candidate_last_name })
          : null),
    },
    subject: { type: row.subject_type, id: row.subject_id },
    action: row.action,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    at: row.at,
  }));
}
