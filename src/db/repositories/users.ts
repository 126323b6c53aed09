import { randomUUID } from 'node:crypto';
import { normaliseEmail, type User } from '../../domain/user.js';
import type { Db } from '../database.js';
import type { UserTable } from '../schema.js';

function toUser(row: UserTable): User {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    email: row.email,
    role: row.role,
    smsAccess: row.sms_access === 1,
  };
}

/** Login is the one lookup across organisations: an email address belongs to a single user. */
export async function findUserForLogin(db: Db, email: string): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

export async function findUser(db: Db, organisationId: string, userId: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function insertUser(
  db: Db,
  user: Omit<User, 'id'> & { passwordHash: string },
  now: Date,
): Promise<User> {
  const row: UserTable = {
    id: randomUUID(),
    organisation_id: user.organisationId,
    name: user.name,
    email: normaliseEmail(user.email),
    password_hash: user.passwordHash,
    role: user.role,
    sms_access: user.smsAccess ? 1 : 0,
    created_at: now.toISOString(),
  };
  await db.insertInto('users').values(row).execute();
  return toUser(row);
}

export async function findUsers(db: Db, organisationId: string, userIds: string[]): Promise<User[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', userIds)
    .execute();
  return rows.map(toUser);
}

export async function isUserEmail(db: Db, organisationId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
  return row !== undefined;
}

/** Everyone of the organisation, by name: the recruiters an interview can be given to. */
export async function listUsers(db: Db, organisationId: string): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().where('organisation_id', '=', organisationId).orderBy('name').orderBy('id').execute();
  return rows.map(toUser);
}
