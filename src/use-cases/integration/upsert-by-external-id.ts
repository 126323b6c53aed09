import type { Db } from '../../db/database.js';
import { recordAuditEvent } from '../../db/repositories/audit-events.js';
import { fieldChanges, type FieldChanges } from '../../domain/field-changes.js';
import type { Caller } from '../caller.js';

/** How one kind of record is found, created and changed by its external id. */
export interface ExternalRecordStore<T extends object> {
  subjectType: string;
  lock(trx: Db): Promise<(T & { id: string }) | undefined>;
  /** Undefined when a concurrent request created it first. */
  insert(trx: Db): Promise<string | undefined>;
  update(trx: Db, current: T & { id: string }, changes: FieldChanges<T>): Promise<void>;
}

/**
 * Creates the record with the fields for creation, or brings the existing one to the fields asked for, with an audit
 * event when something changes. Sending the same request again changes nothing and records nothing. Runs inside the
 * caller's transaction.
 */
export async function upsertByExternalId<T extends object>(
  trx: Db,
  caller: Caller,
  now: Date,
  externalId: string,
  wanted: { create: T; update: Partial<T> },
  store: ExternalRecordStore<T>,
): Promise<{ id: string; created: boolean }> {
  const audit = (id: string, event: { action: string; before?: unknown; after: unknown }) =>
    recordAuditEvent(trx, { organisationId: caller.organisation.id, actor: caller.actor, subject: { type: store.subjectType, id }, ...event }, now);

  let current = await store.lock(trx);
  if (!current) {
    const id = await store.insert(trx);
    if (id) {
      await audit(id, { action: `${store.subjectType}.created`, after: { externalId, ...wanted.create } });
      return { id, created: true };
    }
    // A concurrent request with the same external id inserted first and has committed: update what it made.
    current = await store.lock(trx);
    if (!current) throw new Error(`The ${store.subjectType} with an external id that conflicted is gone.`);
  }
  const { id, ...fields } = current;
  const changes = fieldChanges(fields as T, wanted.update);
  if (changes) {
    await store.update(trx, current, changes);
    await audit(id, { action: `${store.subjectType}.updated`, ...changes });
  }
  return { id, created: false };
}
