import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { SetupDialog } from '../project-setup/SetupDialog';
import { useProjectChange } from '../project-setup/queries';
import { FileProblemText } from './FileProblemText';
import { ImportPreviewTable } from './ImportPreviewTable';
import { importApplicants, previewImport } from './queries';
import './csv-import.css';

/**
 * "Importér CSV": choose a file, see every row with what importing it will do, then import the rows without errors
 * in one go. The import carries the preview's planId, so what is imported is what was shown.
 */
export function ImportCsvDialog({
  projectId,
  isOpen,
  onOpenChange,
  onImported,
}: {
  projectId: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onImported: (count: number) => void;
}) {
  const { t } = useTranslation('csv-import');
  return (
    <SetupDialog isOpen={isOpen} onOpenChange={onOpenChange} title={t('title')} wide>
      <ImportSteps projectId={projectId} onImported={onImported} />
    </SetupDialog>
  );
}

function ImportSteps({ projectId, onImported }: { projectId: string; onImported: (count: number) => void }) {
  const { t } = useTranslation('csv-import');
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  // In a file of thousands, the few rows that will not be imported are found at once.
  const [onlyErrors, setOnlyErrors] = useState(false);
  const preview = useMutation({ mutationFn: (chosen: File) => previewImport(projectId, chosen) });
  const run = useProjectChange((planId: string) => importApplicants(projectId, file!, planId));
  const toImport = preview.data ? preview.data.counts.new_candidate + preview.data.counts.existing_candidate : 0;
  const changedMeanwhile = run.error instanceof ApiError && run.error.status === 409;

  const choose = (chosen: File | undefined) => {
    run.reset();
    setFile(chosen ?? null);
    if (chosen) preview.mutate(chosen);
    else preview.reset();
  };

  return (
    <div className="csv-import">
      <p className="muted small">{t('intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('file')}</label>
        <input id={inputId} type="file" accept=".csv,.txt,text/csv" data-testid="csv-file" onChange={(event) => choose(event.target.files?.[0])} />
      </div>

      {preview.isPending && <p aria-live="polite">{t('reading')}</p>}
      {preview.error && <FileProblemText error={preview.error} />}

      {preview.data && (
        <>
          <p className="csv-import-summary" data-testid="import-summary">
            {t('summary', {
              rows: preview.data.rows.length,
              newCount: preview.data.counts.new_candidate,
              existingCount: preview.data.counts.existing_candidate,
              alreadyCount: preview.data.counts.already_in_project,
              errorCount: preview.data.counts.error,
            })}
          </p>
          {preview.data.ignoredColumns.length > 0 && <p className="muted small">{t('ignoredColumns', { columns: preview.data.ignoredColumns.join(', ') })}</p>}
          {preview.data.counts.error > 0 && (
            <label className="csv-import-only-errors">
              <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.target.checked)} data-testid="only-errors" />
              {t('onlyErrors', { count: preview.data.counts.error })}
            </label>
          )}
          <ImportPreviewTable rows={onlyErrors ? preview.data.rows.filter((row) => row.outcome === 'error') : preview.data.rows} />
          {changedMeanwhile && (
            <p className="notice notice-warning" role="alert">
              {t('changedMeanwhile')}
            </p>
          )}
          {run.error && !changedMeanwhile && (
            <p className="notice notice-error" role="alert">
              {errorText(run.error, t)}
            </p>
          )}
          <div className="setup-actions">
            <Button
              variant="primary"
              isDisabled={toImport === 0}
              isPending={run.isPending}
              data-testid="run-import"
              onPress={() =>
                run.mutate(preview.data.planId, {
                  onSuccess: (result) => onImported(result.imported),
                  onError: (error) => {
                    if (error instanceof ApiError && error.status === 409 && file) preview.mutate(file);
                  },
                })
              }
            >
              {t('import', { count: toImport })}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
