import { useTranslation } from 'react-i18next';
import { StatusChangeForm } from '../application-status/StatusChangeForm';
import type { CalendarInterview } from './queries';

/**
 * After the interview: each invitee's "Status for the project", and for a group interview one change for all of
 * them, which leaves a candidate who withdrew as withdrawn.
 */
export function InterviewStatusPanel({ interview }: { interview: CalendarInterview }) {
  const { t } = useTranslation('recruitment-calendar');
  const { t: tStatus } = useTranslation('application-status');
  const { invitees } = interview;
  return (
    <div className="rc-status-panel" data-testid="calendar-status-panel">
      {interview.type === 'group' && invitees.length > 1 && (
        <StatusChangeForm
          applicationIds={invitees.map((invitee) => invitee.applicationId)}
          statuses={invitees.map((invitee) => invitee.applicationStatus)}
          label={tStatus('groupLabel', { count: invitees.length })}
          saveLabel={tStatus('saveAll')}
          reopenWithdrawn={false}
          testId="calendar-status-all"
        />
      )}
      {invitees.map((invitee) => (
        <StatusChangeForm
          key={invitee.invitationId}
          applicationIds={[invitee.applicationId]}
          statuses={[invitee.applicationStatus]}
          label={t('statusOf', { name: `${invitee.candidate.firstName} ${invitee.candidate.lastName}` })}
          reopenWithdrawn
          testId="calendar-status-one"
        />
      ))}
    </div>
  );
}
