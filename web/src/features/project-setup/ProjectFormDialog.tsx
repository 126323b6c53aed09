import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { recruitersQuery } from '../../api/queries';
import { errorText } from '../../ui/error-text';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { TextInput } from '../../ui/TextInput';
import { projectSchema, type ProjectForm } from './project-form';
import { SetupDialog } from './SetupDialog';

/** New project or Edit project: title, reference and owner, in a dialog. */
export function ProjectFormDialog({
  isOpen,
  onOpenChange,
  title,
  submitLabel,
  initial,
  save,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  submitLabel: string;
  initial: ProjectForm;
  save: { mutate: (values: ProjectForm) => void; isPending: boolean; error: Error | null };
}) {
  return (
    <SetupDialog isOpen={isOpen} onOpenChange={onOpenChange} title={title}>
      <ProjectFormFields initial={initial} submitLabel={submitLabel} save={save} onCancel={() => onOpenChange(false)} />
    </SetupDialog>
  );
}

function ProjectFormFields({
  initial,
  submitLabel,
  save,
  onCancel,
}: {
  initial: ProjectForm;
  submitLabel: string;
  save: { mutate: (values: ProjectForm) => void; isPending: boolean; error: Error | null };
  onCancel: () => void;
}) {
  const { t } = useTranslation('project-setup');
  const recruiters = useQuery(recruitersQuery);
  const form = useForm<ProjectForm>({ resolver: zodResolver(projectSchema), defaultValues: initial });
  const { errors } = form.formState;
  const message = (key: string | undefined) => key && t(`errors.${key}`);
  return (
    <form noValidate data-testid="project-form" onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      <div className="setup-fields">
        <TextInput className="field-wide" label={t('project.title')} autoComplete="off" autoFocus error={message(errors.title?.message)} {...form.register('title')} />
        <TextInput label={t('project.reference')} hint={t('project.referenceHint')} autoComplete="off" error={message(errors.reference?.message)} {...form.register('reference')} />
        <Field label={t('project.owner')} error={message(errors.ownerId?.message)}>
          {(control) => (
            <select className="select-native" {...control} {...form.register('ownerId')}>
              {(recruiters.data?.items ?? []).map((recruiter) => (
                <option key={recruiter.id} value={recruiter.id}>
                  {recruiter.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {save.error && (
        <p className="notice notice-error" role="alert">
          {errorText(save.error, t)}
        </p>
      )}
      <div className="setup-actions">
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {submitLabel}
        </Button>
        <Button onPress={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
