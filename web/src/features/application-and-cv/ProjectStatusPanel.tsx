import { useTranslation } from 'react-i18next';
import type { ApplicationAndCv } from '../../api/types';
import { StatusChangeForm } from '../application-status/StatusChangeForm';

/** "Status for the project" to set after the interview; the page's badge and history follow once it is saved. */
export function ProjectStatusPanel({ application }: { application: ApplicationAndCv['application'] }) {
  const { t } = useTranslation('application-status');
  return (
    <div className="panel cv-project-status">
      <StatusChangeForm applicationIds={[application.id]} statuses={[application.status]} label={t('label')} reopenWithdrawn testId="project-status" />
    </div>
  );
}
