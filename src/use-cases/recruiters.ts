import type { Context } from '../context.js';
import { listUsers } from '../db/repositories/users.js';
import type { User } from '../domain/user.js';
import type { Session } from './authenticate.js';

/** The organisation's recruiters and administrators: who can take part in an interview. */
export async function organisationRecruiters(ctx: Context, session: Session): Promise<User[]> {
  return listUsers(ctx.db, session.organisation.id);
}
