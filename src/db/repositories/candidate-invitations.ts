import type { Db } from '../database.js';
import { invitationsInFull } from './invitations.js';

/**
 * An invitation found by its confirmation link, with everything the candidate's page shows. The link is the
 * only key: it names one invitation of one organisation, so this is the one lookup not scoped by a session.
 */
export async function findInvitationByLink(db: Db, linkHash: string) {
  return invitationsInFull(db)
    .select([
      'invitations.id as invitation_id',
      'invitations.organisation_id',
      'invitations.response_status',
      'invitations.language',
      'interviews.id as interview_id',
      'interviews.type',
      'interviews.starts_at',
      'interviews.ends_at',
      'interviews.duration_minutes',
      'interviews.location',
      'interviews.meeting_url',
      'interviews.sequence',
      'interviews.status as interview_status',
      'candidates.id as candidate_id',
      'candidates.first_name',
      'candidates.last_name',
      'projects.title as job_title',
      'organisations.name as company_name',
      'organisations.time_zone',
      'organisations.default_language',
    ])
    .where('invitations.link_hash', '=', linkHash)
    .executeTakeFirst();
}

export type InvitationByLink = NonNullable<Awaited<ReturnType<typeof findInvitationByLink>>>;
