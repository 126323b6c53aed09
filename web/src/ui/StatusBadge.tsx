import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, ProjectOverview } from '../api/types';

/** An application's status for the project, in words and a colour that is never the only sign. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status-${status}`}>{t(`applicationStatus.${status}`)}</span>;
}

/** Whether a recruitment project is open or closed. */
export function ProjectStatusBadge({ status }: { status: ProjectOverview['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-project-${status}`}>{t(`projectStatus.${status}`)}</span>;
}
