import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { projectsQuery } from '../../api/queries';
import { APPLICATION_STATUSES } from '../../ui/application-statuses';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { ProjectOffers } from '../booking-offers/ProjectOffers';
import { listParamsToSearch, DEFAULT_LIST_PARAMS } from './list-params';
import './application-handling.css';

/** Oversigt: how many applications the project has in each status; each count opens them in All applications. */
export function OverviewSection() {
  const { t } = useTranslation('application-handling');
  const { projectId = '' } = useParams();
  const projects = useQuery(projectsQuery);
  const counts = projects.data?.items.find((project) => project.id === projectId)?.applicationCounts;

  return (
    <section className="ah-overview" aria-labelledby="ah-overview-heading">
      <h2 id="ah-overview-heading">{t('overview.heading')}</h2>
      {projects.isPending ? (
        <PageLoading rows={2} />
      ) : projects.isError ? (
        <ErrorNotice error={projects.error} onRetry={() => void projects.refetch()} />
      ) : !counts ? (
        <p className="empty">{t('project.notFound')}</p>
      ) : (
        <>
          <p className="muted">{t('overview.intro')}</p>
          <ul className="ah-tiles">
            <li>
              <Link className="ah-tile ah-tile-total" to="applications">
                <span className="ah-tile-count">{counts.total}</span>
                <span className="ah-tile-label">{t('overview.total')}</span>
              </Link>
            </li>
            {APPLICATION_STATUSES.map((status) => {
              const search = listParamsToSearch({ ...DEFAULT_LIST_PARAMS, statuses: [status] }).toString();
              const name = t(`applicationStatus.${status}`, { ns: 'common' });
              return (
                <li key={status}>
                  <Link
                    className={`ah-tile ah-tile-status-${status}${counts[status] === 0 ? ' ah-tile-empty' : ''}`}
                    to={`applications?${search}`}
                    data-testid={`status-tile-${status}`}
                  >
                    <span className="ah-tile-count">{counts[status]}</span>
                    <span className="ah-tile-label">{name}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ProjectOffers projectId={projectId} />
    </section>
  );
}
