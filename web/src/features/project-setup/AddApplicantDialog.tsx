import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSignedIn } from '../../app/session';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { TextInput } from '../../ui/TextInput';
import { applicantSchema, refusedApplicantFields, type ApplicantForm } from './applicant-form';
import { addApplicant, useProjectChange } from './queries';
import { SetupDialog } from './SetupDialog';
import { LanguageSelect } from '../../ui/LanguageSelect';

/** "Tilføj ansøger": one candidate typed in, as a received application of the project, in a language the organisation offers. */
export function AddApplicantDialog({
  projectId,
  isOpen,
  onOpenChange,
  onAdded,
}: {
  projectId: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  onAdded: (name: string, existing: boolean) => void;
}) {
  const { t } = useTranslation('project-setup');
  return (
    <SetupDialog isOpen={isOpen} onOpenChange={onOpenChange} title={t('addApplicant.title')}>
      <ApplicantFields projectId={projectId} onAdded={onAdded} onCancel={() => onOpenChange(false)} />
    </SetupDialog>
  );
}

function ApplicantFields({ projectId, onAdded, onCancel }: { projectId: string; onAdded: (name: string, existing: boolean) => void; onCancel: () => void }) {
  const { t } = useTranslation('project-setup');
  const { organisation } = useSignedIn();
  const form = useForm<ApplicantForm>({
    resolver: zodResolver(applicantSchema),
    defaultValues: { firstName: '', lastName: '', email: '', mobile: '', language: organisation.defaultLanguage },
  });
  const add = useProjectChange((values: ApplicantForm) => addApplicant(projectId, values));
  const { errors } = form.formState;
  const message = (key: string | undefined) => key && t(`errors.${key}`);
  const alreadyApplied = add.error instanceof ApiError && add.error.status === 409;
  const refused = add.error instanceof ApiError && add.error.status === 400 ? refusedApplicantFields(add.error.details) : [];

  const submit = form.handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: ({ application, candidateOutcome }) =>
        onAdded(`${application.candidate.firstName} ${application.candidate.lastName}`, candidateOutcome === 'existing_candidate'),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        if (error.status === 409) form.setError('email', { message: 'alreadyApplied' });
        for (const { field, key } of refusedApplicantFields(error.details)) form.setError(field, { message: key });
      },
    }),
  );

  return (
    <form noValidate data-testid="applicant-form" onSubmit={submit}>
      <div className="setup-fields">
        <TextInput label={t('applicant.firstName')} autoComplete="off" autoFocus error={message(errors.firstName?.message)} {...form.register('firstName')} />
        <TextInput label={t('applicant.lastName')} autoComplete="off" error={message(errors.lastName?.message)} {...form.register('lastName')} />
        <TextInput className="field-wide" type="email" label={t('applicant.email')} autoComplete="off" error={message(errors.email?.message)} {...form.register('email')} />
        <TextInput type="tel" label={t('applicant.mobile')} hint={t('applicant.mobileHint')} autoComplete="off" error={message(errors.mobile?.message)} {...form.register('mobile')} />
        <LanguageSelect
          label={t('applicant.language')}
          error={message(errors.language?.message)}
          languages={organisation.languages}
          {...form.register('language')}
        />
      </div>
      {add.error && !alreadyApplied && refused.length === 0 && (
        <p className="notice notice-error" role="alert">
          {errorText(add.error, t)}
        </p>
      )}
      <div className="setup-actions">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {t('addApplicant.submit')}
        </Button>
        <Button onPress={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
