import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { projectsQuery } from '../../api/queries';
import type { ProjectOverview } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { formatDate } from '../../time/format';
import { APPLICATION_STATUSES } from '../../ui/application-statuses';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { ProjectStatusBadge } from '../../ui/StatusBadge';
import { useLanguage } from '../../i18n/useLanguage';
import { NewProjectButton } from '../project-setup/NewProjectButton';

/** Rekrutteringsoversigt: every recruitment project, with its applications counted per status. */
export function RecruitmentOverviewPage() {
  const { t } = useTranslation('recruitment-overview');
  const projects = useQuery(projectsQuery);
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <NewProjectButton />
      </header>
      {projects.isPending ? (
        <PageLoading />
      ) : projects.isError ? (
        <ErrorNotice error={projects.error} onRetry={() => void projects.refetch()} />
      ) : projects.data.items.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ProjectTable projects={projects.data.items} />
      )}
    </section>
  );
}

function ProjectTable({ projects }: { projects: ProjectOverview[] }) {
  const { t } = useTranslation('recruitment-overview');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  return (
    <table className="table table-cards">
      <thead>
        <tr>
          <th scope="col">{t('project')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('owner')}</th>
          <th scope="col" className="numeric">
            {t('applications')}
          </th>
          <th scope="col">{t('byStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {projects.map((project) => (
          <tr key={project.id}>
            <td data-label={t('project')}>
              <Link className="row-link" to={`/projects/${project.id}`}>
                {project.title}
              </Link>
              <span className="muted small">
                {' '}
                {t('reference', { reference: project.reference })} · {t('created', { date: formatDate(project.createdAt, organisation.timeZone, language) })}
              </span>
            </td>
            <td data-label={t('status')}>
              <ProjectStatusBadge status={project.status} />
            </td>
            <td data-label={t('owner')}>{project.owner.name}</td>
            <td data-label={t('applications')} className="numeric">
              {project.applicationCounts.total}
            </td>
            <td data-label={t('byStatus')}>
              <StatusCounts counts={project.applicationCounts} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Only the statuses that hold applications, in the order a recruiter follows them. */
function StatusCounts({ counts }: { counts: ProjectOverview['applicationCounts'] }) {
  const { t } = useTranslation();
  const present = APPLICATION_STATUSES.filter((status) => counts[status] > 0);
  return (
    <ul className="status-counts">
      {present.map((status) => (
        <li key={status} className={`badge badge-status-${status}`}>
          {t('statusCount', { count: counts[status], status: t(`applicationStatus.${status}`) })}
        </li>
      ))}
    </ul>
  );
}
