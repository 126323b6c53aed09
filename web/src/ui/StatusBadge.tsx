import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../api/types';

/** An application's status for the project, in words and a colour that is never the only sign. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status-${status}`}>{t(`applicationStatus.${status}`)}</span>;
}
