import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../api/types';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { ImportCsvDialog } from '../csv-import/ImportCsvDialog';
import { AddApplicantDialog } from './AddApplicantDialog';
import { ProjectFormDialog } from './ProjectFormDialog';
import { editProject, setProjectOpen, useProjectChange } from './queries';

type Project = Answer<'/api/projects/{projectId}'>;
type Open = 'add' | 'import' | 'edit' | null;

/** Under the project's title on Application handling: applicants in (by hand or a CSV file), and the project's own details and status. */
export function ProjectActions({ project }: { project: Project }) {
  const { t } = useTranslation('project-setup');
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const dialog = (which: Exclude<Open, null>) => ({ isOpen: open === which, onOpenChange: (isOpen: boolean) => setOpen(isOpen ? which : null) });
  const done = (text: string) => {
    setOpen(null);
    setNotice(text);
  };
  const edit = useProjectChange((values: { title: string; reference: string; ownerId: string }) => editProject(project.id, values));
  const status = useProjectChange((reopen: boolean) => setProjectOpen(project.id, reopen));
  const isOpen = project.status === 'open';

  return (
    <>
      <div className="project-actions" data-testid="project-actions">
        {isOpen && (
          <>
            <Button variant="primary" onPress={() => setOpen('add')} data-testid="add-applicant">
              {t('addApplicant.open')}
            </Button>
            <Button onPress={() => setOpen('import')} data-testid="import-csv">
              {t('importCsv')}
            </Button>
          </>
        )}
        <Button onPress={() => setOpen('edit')} data-testid="edit-project">
          {t('editProject.open')}
        </Button>
        <Button
          isPending={status.isPending}
          data-testid={isOpen ? 'close-project' : 'reopen-project'}
          onPress={() => status.mutate(!isOpen, { onSuccess: () => setNotice(t(isOpen ? 'status.closed' : 'status.reopened')) })}
        >
          {t(isOpen ? 'status.close' : 'status.reopen')}
        </Button>
      </div>
      {!isOpen && <p className="muted small project-actions-notice">{t('status.closedHint')}</p>}
      {status.error && (
        <p className="notice notice-error project-actions-notice" role="alert">
          {errorText(status.error, t)}
        </p>
      )}
      <div role="status" className="project-actions-notice-area">
        {notice && (
          <p className="notice notice-info project-actions-notice" data-testid="project-notice">
            {notice}
          </p>
        )}
      </div>

      <AddApplicantDialog
        projectId={project.id}
        {...dialog('add')}
        onAdded={(name, existing) => done(t(existing ? 'addApplicant.addedExisting' : 'addApplicant.added', { name }))}
      />
      <ImportCsvDialog projectId={project.id} {...dialog('import')} onImported={(count) => done(t('imported', { count }))} />
      <ProjectFormDialog
        {...dialog('edit')}
        title={t('editProject.title')}
        submitLabel={t('editProject.submit')}
        initial={{ title: project.title, reference: project.reference, ownerId: project.owner.id }}
        save={{ ...edit, mutate: (values) => edit.mutate(values, { onSuccess: () => done(t('editProject.saved')) }) }}
      />
    </>
  );
}
