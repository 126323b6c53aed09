import { Cell, Checkbox, Column, Link, Row as TableRow, Table, TableBody, TableHeader, type ColumnProps } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ApplicationListItem } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate } from '../../time/format';
import { languageName } from '../../ui/language-name';
import { readableMobile } from '../../ui/phone';
import { ApplicationStatusBadge } from '../../ui/StatusBadge';
import { isSort, sortDirection, sortField, toggledSort, type Sort, type SortField } from './list-params';
import { selectedOnPage, withPageSelection, type Selection } from './selection';
import { CheckIcon, MissingIcon } from './icons';

export type Row = ApplicationListItem & { name: string };

/**
 * The applications of one page as a grid: one Tab stop, arrows between cells, Space ticks a row, Enter on the
 * name opens the application. The selection is the project's, across pages; this table only shows and changes
 * its own page's part of it. On a phone the rows become cards (application-handling.css).
 */
export function ApplicationsTable({
  rows,
  sort,
  onSort,
  selection,
  onSelectionChange,
  isBusy,
}: {
  rows: Row[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  isBusy: boolean;
}) {
  const { t } = useTranslation('application-handling');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const pageRows = rows.map(({ id, name, candidate }) => ({ id, name, language: candidate.language, hasMobile: candidate.mobile !== null }));

  return (
    <Table
      aria-label={t('list.tableLabel')}
      className="ah-table"
      selectionMode="multiple"
      selectionBehavior="toggle"
      escapeKeyBehavior="none"
      selectedKeys={selectedOnPage(selection, pageRows)}
      onSelectionChange={(keys) => onSelectionChange(withPageSelection(selection, pageRows, keys))}
      sortDescriptor={{ column: sortField(sort), direction: sortDirection(sort) }}
      onSortChange={(descriptor) => {
        const next = toggledSort(sort, String(descriptor.column) as SortField);
        if (isSort(next)) onSort(next);
      }}
      aria-busy={isBusy || undefined}
      data-testid="applications-table"
    >
      <TableHeader>
        <Column className="ah-col-select">
          <Checkbox slot="selection" aria-label={t('list.selectAllOnPage')} className="ah-checkbox" data-testid="select-page">
            {({ isSelected, isIndeterminate }) => (
              <>
                <CheckboxBox isSelected={isSelected} isIndeterminate={isIndeterminate} />
                <span className="ah-select-page-text" aria-hidden="true">
                  {t('list.allOnPage')}
                </span>
              </>
            )}
          </Checkbox>
        </Column>
        <SortableColumn id="name" isRowHeader label={t('list.column.name')} />
        <Column id="email">{t('list.column.email')}</Column>
        <Column id="mobile">{t('list.column.mobile')}</Column>
        <Column id="language">{t('list.column.language')}</Column>
        <SortableColumn id="status" label={t('list.column.status')} />
        <SortableColumn id="submittedAt" label={t('list.column.submitted')} />
      </TableHeader>
      <TableBody items={rows} dependencies={[language, organisation.timeZone, t]}>
        {(row) => (
          <TableRow id={row.id} textValue={row.name} className="ah-row" data-testid="application-row">
            <Cell className="ah-cell-select">
              <Checkbox slot="selection" aria-label={t('list.select')} className="ah-checkbox">
                {({ isSelected }) => <CheckboxBox isSelected={isSelected} />}
              </Checkbox>
            </Cell>
            <Cell className="ah-cell-name">
              <Link href={`/applications/${row.id}`} className="row-link">
                {row.name}
              </Link>
            </Cell>
            <Cell className="ah-cell-email">{row.candidate.email}</Cell>
            <Cell className="ah-cell-mobile">
              <span className="ah-cell-label" aria-hidden="true">
                {t('list.column.mobile')}
              </span>
              {row.candidate.mobile !== null ? (
                readableMobile(row.candidate.mobile)
              ) : (
                <span className="ah-missing">
                  <MissingIcon />
                  {t('list.mobileMissing')}
                </span>
              )}
            </Cell>
            <Cell className="ah-cell-language">
              <span className="ah-cell-label" aria-hidden="true">
                {t('list.column.language')}
              </span>
              <span lang={row.candidate.language}>{languageName(row.candidate.language, language)}</span>
            </Cell>
            <Cell className="ah-cell-status">
              <ApplicationStatusBadge status={row.status} />
            </Cell>
            <Cell className="ah-cell-submitted">
              <span className="ah-cell-label" aria-hidden="true">
                {t('list.column.submitted')}
              </span>
              {formatDate(row.submittedAt, organisation.timeZone, language)}
            </Cell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}

function SortableColumn({ label, ...props }: Omit<ColumnProps, 'children'> & { label: string }) {
  return (
    <Column {...props} allowsSorting className={`ah-col-sortable ah-col-${String(props.id)}`} data-testid={`sort-${String(props.id)}`}>
      {({ sortDirection }) => (
        <span className="ah-sort">
          {label}
          <SortIcon direction={sortDirection} />
        </span>
      )}
    </Column>
  );
}

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | undefined }) {
  return (
    <svg className={`ah-sort-icon${direction ? ' ah-sort-icon-active' : ''}`} viewBox="0 0 12 16" width="10" height="14" aria-hidden="true" focusable="false">
      <path d="M6 1L11 6H1z" fill="currentColor" opacity={direction === 'descending' ? 0.25 : 1} />
      <path d="M6 15L1 10h10z" fill="currentColor" opacity={direction === 'ascending' ? 0.25 : 1} />
    </svg>
  );
}

function CheckboxBox({ isSelected, isIndeterminate = false }: { isSelected: boolean; isIndeterminate?: boolean }) {
  return (
    <span className="ah-checkbox-box" aria-hidden="true">
      {isIndeterminate ? <span className="ah-checkbox-dash" /> : isSelected && <CheckIcon />}
    </span>
  );
}
