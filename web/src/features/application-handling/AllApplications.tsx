import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Input, Label, SearchField, Button as AriaButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { projectsQuery } from '../../api/queries';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { ApplicationsTable, type Row } from './ApplicationsTable';
import { SearchIcon } from './icons';
import { InvitationsSentNotice } from './InvitationsSentNotice';
import { SelectionStatusDialog } from '../application-status/SelectionStatusDialog';
import { SelectionBar } from './SelectionBar';
import { StatusFilter } from './StatusFilter';
import {
  hasFilters,
  isSort,
  lastPageIfBeyond,
  listParamsToSearch,
  pageWindow,
  parseListParams,
  SORTS,
  withoutFilters,
  withPage,
  withSearch,
  withSort,
  withStatuses,
  type ListParams,
  type Sort,
} from './list-params';
import { applicationsListQuery } from './queries';
import { selectedElsewhere } from './selection';
import { sentSummaryOf } from './sent-summary';
import { useDebouncedSearch } from './useDebouncedSearch';
import { useEscapeClears, useSelection } from './useSelection';
import './application-handling.css';

/** Alle ansøgninger: the project's applicants, to filter, search, sort, tick and pass on for further processing. */
export function AllApplications() {
  const { projectId = '' } = useParams();
  // A new project is a new list with its own selection.
  return <ApplicationList key={projectId} projectId={projectId} />;
}

const SORT_KEYS: Record<Sort, string> = {
  '-submittedAt': 'submittedAtDescending',
  submittedAt: 'submittedAtAscending',
  name: 'nameAscending',
  '-name': 'nameDescending',
  status: 'statusAscending',
  '-status': 'statusDescending',
};

function ApplicationList({ projectId }: { projectId: string }) {
  const { t } = useTranslation('application-handling');
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseListParams(searchParams), [searchParams]);
  const list = useQuery(applicationsListQuery(projectId, params));
  const projects = useQuery(projectsQuery);
  const counts = projects.data?.items.find((project) => project.id === projectId)?.applicationCounts;
  const { selection, update, clear } = useSelection(projectId);
  const navigate = useNavigate();
  const [changingStatus, setChangingStatus] = useState(false);
  const location = useLocation();
  // Set by the Invite to interview wizard when it has sent: the list says what went out.
  const sent = sentSummaryOf(location.state);
  // The router applies a new address in a transition: until it has, the ticked status shows what was ticked.
  const statusKey = params.statuses.join(',');
  const [tickedStatuses, setTickedStatuses] = useState<{ statuses: string[]; basis: string } | null>(null);
  const shownStatuses = tickedStatuses?.basis === statusKey ? tickedStatuses.statuses : params.statuses;
  const listTop = useRef<HTMLDivElement>(null);

  const go = useCallback(
    (next: ListParams, options?: { replace?: boolean }) => setSearchParams(listParamsToSearch(next), options),
    [setSearchParams],
  );

  // Typing replaces the address instead of adding a history entry per word.
  const commitSearch = useCallback((text: string) => go(withSearch(params, text), { replace: true }), [go, params]);
  const search = useDebouncedSearch(params.q, commitSearch);

  useEscapeClears(clear, selection.size > 0);

  // An old link to page 7 of what now fills three: show the last page rather than an empty one.
  const beyond = list.data && !list.isPlaceholderData ? lastPageIfBeyond(params.page, params.pageSize, list.data.total) : null;
  useEffect(() => {
    if (beyond !== null) go(withPage(params, beyond), { replace: true });
  }, [beyond, go, params]);

  const rows: Row[] = useMemo(
    () =>
      (list.data?.items ?? []).map((item) => ({ ...item, name: `${item.candidate.firstName} ${item.candidate.lastName}`.trim() })),
    [list.data],
  );

  function turnTo(page: number) {
    go(withPage(params, page));
    const top = listTop.current;
    if (top && top.getBoundingClientRect().top < 0) top.scrollIntoView({ block: 'start' });
  }

  function clearFilters() {
    search.setQuietly('');
    go(withoutFilters(params));
  }

  const shown = list.data ? pageWindow(list.data.page, list.data.pageSize, list.data.total, list.data.items.length) : null;

  return (
    <section className="ah-list" aria-labelledby="ah-list-heading">
      <h2 id="ah-list-heading" className="visually-hidden">
        {t('list.heading')}
      </h2>
      <div className="ah-filters">
        <SearchField
          className="search-field ah-search"
          value={search.text}
          onChange={search.setText}
          onClear={() => search.setNow('')}
          maxLength={200}
          data-testid="application-search"
        >
          <Label>{t('list.search')}</Label>
          <div className="ah-search-box">
            <SearchIcon />
            <Input placeholder={t('list.searchHint')} />
            <AriaButton className="ah-search-clear" aria-label={t('list.clearSearch')}>
              <span aria-hidden="true">×</span>
            </AriaButton>
          </div>
        </SearchField>
        <div className="ah-sort-select">
          <label htmlFor="ah-sort">{t('list.sortBy')}</label>
          <select
            id="ah-sort"
            className="select-native"
            value={params.sort}
            onChange={(event) => isSort(event.target.value) && go(withSort(params, event.target.value))}
            data-testid="application-sort"
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`list.sort.${SORT_KEYS[sort]}`)}
              </option>
            ))}
          </select>
        </div>
        <StatusFilter
          value={shownStatuses}
          counts={counts}
          onChange={(statuses) => {
            setTickedStatuses({ statuses, basis: statusKey });
            go(withStatuses(params, statuses));
          }}
        />
      </div>

      {sent && (
        <InvitationsSentNotice
          summary={sent}
          onDismiss={() => navigate({ search: location.search }, { replace: true, state: null })}
        />
      )}

      <SelectionBar
        count={selection.size}
        elsewhere={selectedElsewhere(selection, rows)}
        onClear={clear}
        onExecute={(action) => (action === 'invite' ? void navigate(`/projects/${projectId}/invite-to-interview`) : setChangingStatus(true))}
      />
      <SelectionStatusDialog applicationIds={[...selection.keys()]} isOpen={changingStatus} onOpenChange={setChangingStatus} />

      <div ref={listTop} className="ah-results">
        {list.isPending ? (
          <PageLoading rows={8} />
        ) : list.isError && !list.data ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
            <div className="ah-busy" role="status" aria-live="polite">
              {list.isPlaceholderData && (
                <>
                  <span className="ah-busy-bar" aria-hidden="true" />
                  <span className="visually-hidden">{t('list.updating')}</span>
                </>
              )}
            </div>
            {rows.length === 0 && !list.isPlaceholderData ? (
              <div className="empty ah-empty">
                <p>{hasFilters(params) ? t('list.noMatches') : t('list.noApplications')}</p>
                {hasFilters(params) && (
                  <Button onPress={clearFilters} data-testid="clear-filters">
                    {t('list.clearFilters')}
                  </Button>
                )}
              </div>
            ) : (
              <ApplicationsTable
                rows={rows}
                sort={params.sort}
                onSort={(sort) => go(withSort(params, sort))}
                selection={selection}
                onSelectionChange={update}
                isBusy={list.isPlaceholderData}
              />
            )}
            {shown && shown.from > 0 && (
              <nav className="ah-pager" aria-label={t('list.pager')}>
                <p className="ah-pager-range" data-testid="pager-range">
                  {t('list.showing', { from: shown.from, to: shown.to, count: list.data?.total ?? 0 })}
                </p>
                {shown.pageCount > 1 && (
                  <div className="ah-pager-buttons">
                    <Button isDisabled={!shown.hasPrevious} onPress={() => turnTo(params.page - 1)} data-testid="pager-previous">
                      <span aria-hidden="true">‹</span> {t('list.previous')}
                    </Button>
                    <span className="ah-pager-page" aria-current="page">
                      {t('list.page', { page: list.data?.page ?? params.page, pageCount: shown.pageCount })}
                    </span>
                    <Button isDisabled={!shown.hasNext} onPress={() => turnTo(params.page + 1)} data-testid="pager-next">
                      {t('list.next')} <span aria-hidden="true">›</span>
                    </Button>
                  </div>
                )}
              </nav>
            )}
          </>
        )}
      </div>
    </section>
  );
}
