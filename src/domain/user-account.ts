import type { Role, User } from './user.js';

/** Invited users have not chosen a password yet; deactivated ones may no longer sign in. */
export type UserStatus = 'invited' | 'active' | 'deactivated';

/** A user as an administrator manages them. */
export interface UserAccount extends User {
  status: UserStatus;
}

/**
 * Whether a change would leave the organisation without an active administrator to manage its users. `remaining`
 * are the active administrators other than the user being changed.
 */
export function leavesNoAdministrator(user: UserAccount, change: { role?: Role; deactivate?: boolean }, remaining: number): boolean {
  const isActiveAdministrator = user.role === 'admin' && user.status === 'active';
  const stopsBeingOne = change.deactivate === true || (change.role !== undefined && change.role !== 'admin');
  return isActiveAdministrator && stopsBeingOne && remaining === 0;
}
