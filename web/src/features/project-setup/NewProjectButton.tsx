import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignedIn } from '../../app/session';
import { Button } from '../../ui/Button';
import { ProjectFormDialog } from './ProjectFormDialog';
import { createProject, useProjectChange } from './queries';

/** "Nyt projekt" on the Recruitment overview: the new project opens at once, ready for its applicants. */
export function NewProjectButton() {
  const { t } = useTranslation('project-setup');
  const me = useSignedIn();
  const navigate = useNavigate();
  const [isOpen, setOpen] = useState(false);
  const create = useProjectChange(createProject);
  return (
    <>
      <Button variant="primary" onPress={() => setOpen(true)} data-testid="new-project">
        {t('newProject.open')}
      </Button>
      <ProjectFormDialog
        isOpen={isOpen}
        onOpenChange={setOpen}
        title={t('newProject.title')}
        submitLabel={t('newProject.submit')}
        initial={{ title: '', reference: '', ownerId: me.id }}
        save={{ ...create, mutate: (values) => create.mutate(values, { onSuccess: (project) => void navigate(`/projects/${project.id}`) }) }}
      />
    </>
  );
}
