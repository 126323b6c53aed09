import { randomUUID } from 'node:crypto';
import type { UserAccount, UserStatus } from '../../domain/user-account.js';
import { normaliseEmail, type Role, type User } from '../../domain/user.js';
import { isPostgres, type Db } from '../database.js';
import type { UserTable } from '../schema.js';

/** Stands for "no password chosen yet": no hash ever has this form, so no password matches it. */
const NO_PASSWORD = '';

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

function statusOf(row: Pick<UserTable, 'deactivated_at' | 'password_hash'>): UserStatus {
  if (row.deactivated_at !== null) return 'deactivated';
  return row.password_hash === NO_PASSWORD ? 'invited' : 'active';
}

function toUserAccount(row: UserTable): UserAccount {
  return { ...toUser(row), status: statusOf(row) };
}

/**
 * Login is the one lookup across organisations: an email address belongs to a single user. Only an active user
 * is found: a deactivated one, or one invited who has not chosen a password yet, cannot sign in.
 */
export async function findUserForLogin(db: Db, email: string): Promise<{ user: User; passwordHash: string } | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .where('deactivated_at', 'is', null)
    .where('password_hash', '<>', NO_PASSWORD)
    .executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

/** The user of an email address who may be sent a password reset: anyone not deactivated. */
export async function findUserForPasswordReset(db: Db, email: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', normaliseEmail(email))
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function findUserAccount(db: Db, organisationId: string, userId: string): Promise<UserAccount | undefined> {
  const row = await db.selectFrom('users').selectAll().where('organisation_id', '=', organisationId).where('id', '=', userId).executeTakeFirst();
  return row && toUserAccount(row);
}

/** Everyone of the organisation with their status, by name: the Users screen. */
export async function listUserAccounts(db: Db, organisationId: string): Promise<UserAccount[]> {
  const rows = await db.selectFrom('users').selectAll().where('organisation_id', '=', organisationId).orderBy('name').orderBy('id').execute();
  return rows.map(toUserAccount);
}

export async function findPasswordHash(db: Db, organisationId: string, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

export async function isEmailTaken(db: Db, email: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row !== undefined;
}

/**
 * The active administrators of an organisation other than `exceptUserId`. On PostgreSQL their rows stay locked
 * until the transaction ends, so two administrators demoting each other at once cannot both succeed.
 */
export async function otherActiveAdministrators(db: Db, organisationId: string, exceptUserId: string): Promise<number> {
  let query = db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .where('password_hash', '<>', NO_PASSWORD);
  if (isPostgres(db)) query = query.forUpdate();
  const rows = await query.execute();
  return rows.filter((row) => row.id !== exceptUserId).length;
}

export async function updateUserAccess(db: Db, organisationId: string, userId: string, access: { role: Role; smsAccess: boolean }): Promise<void> {
  await db
    .updateTable('users')
    .set({ role: access.role, sms_access: access.smsAccess ? 1 : 0 })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', userId)
    .execute();
}

export async function setUserDeactivated(db: Db, organisationId: string, userId: string, at: Date | null): Promise<void> {
  await db
    .updateTable('users')
    .set({ deactivated_at: at?.toISOString() ?? null })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', userId)
    .execute();
}

export async function setPasswordHash(db: Db, organisationId: string, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('organisation_id', '=', organisationId).where('id', '=', userId).execute();
}

/**
 * The user behind a session, unless deactivated: deactivation deletes their sessions, and this also shuts out one
 * that a sign-in racing the deactivation may have made.
 */
export async function findUser(db: Db, organisationId: string, userId: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', userId)
    .where('deactivated_at', 'is', null)
    .executeTakeFirst();
  return row && toUser(row);
}

/** A new user; without a password hash they are invited, and choose their password from the link they are sent. */
export async function insertUser(
  db: Db,
  user: Omit<User, 'id'> & { passwordHash: string | null },
  now: Date,
): Promise<User> {
  const row: UserTable = {
    id: randomUUID(),
    organisation_id: user.organisationId,
    name: user.name,
    email: normaliseEmail(user.email),
    password_hash: user.passwordHash ?? NO_PASSWORD,
    role: user.role,
    sms_access: user.smsAccess ? 1 : 0,
    created_at: now.toISOString(),
    deactivated_at: null,
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

/** Which of some users are deactivated. */
export async function deactivatedUserIds(db: Db, organisationId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', userIds)
    .where('deactivated_at', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.id));
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

/** Everyone of the organisation not deactivated, by name: the recruiters an interview can be given to. */
export async function listUsers(db: Db, organisationId: string): Promise<User[]> {
  const rows = await db
    .selectFrom('users')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('deactivated_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toUser);
}
