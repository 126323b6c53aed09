import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/error-text';
import { fileProblem } from './file-problem';

/** Why a file cannot be imported at all, in the reader's language; any other failure in the usual words. */
export function FileProblemText({ error }: { error: unknown }) {
  const { t } = useTranslation('csv-import');
  const problem = fileProblem(error);
  const text = !problem
    ? errorText(error, t)
    : problem.problem === 'missing_columns'
      ? t('fileProblem.missing_columns', { columns: problem.columns.map((column) => t(`column.${column}`)).join(', ') })
      : problem.problem === 'too_many_rows'
        ? t('fileProblem.too_many_rows', { rows: problem.rows, limit: problem.limit })
        : problem.problem === 'malformed'
          ? t('fileProblem.malformed', { line: problem.line })
          : t(`fileProblem.${problem.problem}`);
  return (
    <p className="notice notice-error" role="alert" data-testid="file-problem">
      {text}
    </p>
  );
}
