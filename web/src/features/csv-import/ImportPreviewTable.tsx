import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { languageName } from '../../ui/language-name';
import type { ImportRow } from './queries';

/** Every row of the file as written, with what importing it will do and, for a row with errors, each reason. */
export function ImportPreviewTable({ rows }: { rows: ImportRow[] }) {
  const { t } = useTranslation('csv-import');
  const uiLanguage = useLanguage();
  // A language the file gives as a code ("da", "sv") reads as the name it was understood as, like "Dansk" written out.
  const languageShown = (row: ImportRow) =>
    row.problems.some((problem) => problem.field === 'language') ? row.values.language : languageName(row.values.language, uiLanguage);
  return (
    // A region of its own that scrolls: reachable by keyboard, named for screen readers.
    <div className="csv-import-table-wrap" tabIndex={0} role="region" aria-label={t('tableCaption')}>
      <table className="table table-cards csv-import-table" data-testid="import-preview">
        <caption className="visually-hidden">{t('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('column.row')}
            </th>
            <th scope="col">{t('column.name')}</th>
            <th scope="col">{t('column.email')}</th>
            <th scope="col">{t('column.mobile')}</th>
            <th scope="col">{t('column.language')}</th>
            <th scope="col">{t('column.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rowNumber} data-outcome={row.outcome}>
              <td data-label={t('column.row')} className="numeric">
                {row.rowNumber}
              </td>
              <td data-label={t('column.name')}>{`${row.values.firstName} ${row.values.lastName}`.trim()}</td>
              <td data-label={t('column.email')} className="csv-import-email">
                {row.values.email}
              </td>
              <td data-label={t('column.mobile')}>{row.values.mobile}</td>
              <td data-label={t('column.language')}>{languageShown(row)}</td>
              <td data-label={t('column.outcome')}>
                <span className={`badge csv-import-outcome-${row.outcome}`}>{t(`outcome.${row.outcome}`)}</span>
                {row.problems.length > 0 && (
                  <ul className="csv-import-problems">
                    {row.problems.map((problem) => (
                      <li key={`${problem.field}-${problem.problem}`}>{t(`errors.problem.${problem.field}.${problem.problem}`, { ns: 'project-setup' })}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
