import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate } from '../../time/format';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { ProjectActions } from '../project-setup/ProjectActions';
import { ProjectStatusBadge } from '../../ui/StatusBadge';
import { projectQuery } from './queries';
import './application-handling.css';

/**
 * Ansøgningshåndtering: one recruitment project, its Overview and All applications as tabs. The tab is the
 * address (`/projects/:id`, `/projects/:id/applications`), so a link opens the same tab.
 */
export function ApplicationHandlingPage() {
  const { t } = useTranslation('application-handling');
  const { projectId = '' } = useParams();
  const language = useLanguage();
  const { organisation } = useSignedIn();
  const project = useQuery(projectQuery(projectId));
  // The tab is the address; a trailing slash or filters in the query do not change which one it is.
  const { pathname } = useLocation();
  const onAllApplications = /\/applications\/?$/.test(pathname);
  // A 400 is an address whose id is not one; to the reader it is the same as a project that does not exist.
  const notFound = project.error instanceof ApiError && (project.error.status === 404 || project.error.status === 400);

  return (
    <section className="ah-page" aria-labelledby="ah-title">
      <Breadcrumb items={[{ label: t('frame.recruitmentOverview', { ns: 'common' }), to: '/projects' }, { label: t('title') }]} />

      {project.isPending ? (
        <header className="ah-header" aria-busy="true">
          <h1 id="ah-title" className="ah-title-placeholder">
            <span className="visually-hidden">{t('title')}</span>
          </h1>
          <PageLoading rows={1} />
        </header>
      ) : project.isError ? (
        <header className="ah-header">
          <h1 id="ah-title">{notFound ? t('project.notFoundTitle') : t('title')}</h1>
          {notFound ? (
            <div className="notice notice-error" role="alert">
              <p>{t('project.notFound')}</p>
              <p>
                <Link to="/projects">{t('project.backToOverview')}</Link>
              </p>
            </div>
          ) : (
            <ErrorNotice error={project.error} onRetry={() => void project.refetch()} />
          )}
        </header>
      ) : (
        <header className="ah-header">
          <div className="ah-title-row">
            <h1 id="ah-title">{project.data.title}</h1>
            <ProjectStatusBadge status={project.data.status} />
          </div>
          <p className="ah-facts muted">
            <span>{t('project.reference', { reference: project.data.reference })}</span>
            <span>{t('project.owner', { name: project.data.owner.name })}</span>
            <span>{t('project.created', { date: formatDate(project.data.createdAt, organisation.timeZone, language) })}</span>
          </p>
          <ProjectActions project={project.data} />
        </header>
      )}

      {!project.isError && (
        <>
          <nav className="ah-tabs" aria-label={t('tabs.label')}>
            <Link to={`/projects/${projectId}`} aria-current={onAllApplications ? undefined : 'page'} data-testid="tab-overview">
              {t('tabs.overview')}
            </Link>
            <Link to={`/projects/${projectId}/applications`} aria-current={onAllApplications ? 'page' : undefined} data-testid="tab-all-applications">
              {t('tabs.all')}
            </Link>
          </nav>
          <div className="ah-tab-panel">
            <Outlet />
          </div>
        </>
      )}
    </section>
  );
}
