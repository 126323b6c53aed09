import { AppError } from '../errors.js';
import type { Session } from './authenticate.js';

/** Managing users is for administrators; a recruiter asking is refused whatever they ask. */
export function requireAdministrator(session: Session): void {
  if (session.user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can manage the organisation’s users.');
}
