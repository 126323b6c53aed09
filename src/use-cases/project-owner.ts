import type { Db } from '../db/database.js';
import { findUser } from '../db/repositories/users.js';
import { invalidField } from '../errors.js';

/** A project's owner is a user of its organisation; any other id is refused as if it did not exist. */
export async function assertOwner(db: Db, organisationId: string, ownerId: string): Promise<void> {
  if (!(await findUser(db, organisationId, ownerId))) throw invalidField('ownerId', 'is not a user of your organisation.');
}
