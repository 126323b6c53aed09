import type { Context } from '../context.js';
import { listUserAccounts } from '../db/repositories/users.js';
import type { UserAccount } from '../domain/user-account.js';
import { requireAdministrator } from './administrator.js';
import type { Session } from './authenticate.js';

/** The Users screen: everyone of the organisation with role, SMS access and status. */
export async function organisationUserAccounts(ctx: Context, session: Session): Promise<UserAccount[]> {
  requireAdministrator(session);
  return listUserAccounts(ctx.db, session.organisation.id);
}
