import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { Field } from '../../ui/Field';
import { TextInput } from '../../ui/TextInput';
import { EMPTY_INVITATION, inviteSchema, type InviteForm } from './invite-form';
import { useUserChange } from './queries';

/** Inviter bruger: name, address, role and SMS access; the user is emailed a link to choose a password. */
export function InviteUserForm({ onInvited, onCancel }: { onInvited: (email: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('users');
  const form = useForm<InviteForm>({ resolver: zodResolver(inviteSchema), defaultValues: EMPTY_INVITATION });
  const invite = useUserChange((body: InviteForm) => unwrap(api.POST('/api/users', { body })));
  const taken = invite.error instanceof ApiError && invite.error.status === 409;
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="panel users-invite"
      aria-labelledby="users-invite-title"
      onSubmit={form.handleSubmit((values) => invite.mutate(values, { onSuccess: () => onInvited(values.email) }))}
    >
      <h2 id="users-invite-title">{t('inviteForm.title')}</h2>
      <p className="muted small">{t('inviteForm.hint')}</p>
      <div className="users-invite-fields">
        <TextInput label={t('name')} autoComplete="off" error={errors.name?.message && t(`errors.${errors.name.message}`)} {...form.register('name')} />
        <TextInput
          label={t('email')}
          type="email"
          autoComplete="off"
          error={taken ? t('errors.emailTaken') : errors.email?.message && t(`errors.${errors.email.message}`)}
          {...form.register('email')}
        />
        <Field label={t('role')}>
          {(control) => (
            <select className="select-native" {...control} {...form.register('role')}>
              <option value="recruiter">{t('roles.recruiter')}</option>
              <option value="admin">{t('roles.admin')}</option>
            </select>
          )}
        </Field>
      </div>
      <label className="users-checkbox">
        <input type="checkbox" {...form.register('smsAccess')} />
        {t('inviteForm.smsAccess')}
      </label>
      {invite.error && !taken && (
        <p className="notice notice-error" role="alert">
          {errorText(invite.error, t)}
        </p>
      )}
      <div className="users-actions">
        <Button type="submit" variant="primary" isPending={invite.isPending}>
          {t('inviteForm.submit')}
        </Button>
        <Button onPress={onCancel}>{t('inviteForm.cancel')}</Button>
      </div>
    </form>
  );
}
