import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { useSignedIn } from '../../app/session';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { TextInput } from '../../ui/TextInput';
import { NewPasswordFields } from './NewPasswordFields';
import { changePasswordSchema, type ChangePasswordForm } from './password-forms';
import './password.css';

const EMPTY: ChangePasswordForm = { currentPassword: '', password: '', repeat: '' };

/** Skift adgangskode: the signed-in user's own password, given the current one. Other sessions end; this one stays. */
export function ChangePasswordPage() {
  const { t } = useTranslation('password');
  const me = useSignedIn();
  const form = useForm<ChangePasswordForm>({ resolver: zodResolver(changePasswordSchema), defaultValues: EMPTY });
  const change = useMutation({
    mutationFn: (values: ChangePasswordForm) =>
      unwrap(api.PUT('/api/me/password', { body: { currentPassword: values.currentPassword, newPassword: values.password } })),
    onSuccess: () => form.reset(EMPTY),
    onError: (error) => {
      if (isWrongCurrent(error)) form.setError('currentPassword', { message: 'currentWrong' }, { shouldFocus: true });
    },
  });
  const { errors } = form.formState;
  return (
    <section className="page password-page" aria-labelledby="password-title">
      <header className="page-header">
        <h1 id="password-title">{t('change.title')}</h1>
      </header>
      <p className="muted">{t('change.intro')}</p>
      <form noValidate className="panel password-form" onSubmit={form.handleSubmit((values) => change.mutate(values))}>
        <input type="email" name="username" autoComplete="username" value={me.email} readOnly hidden />
        <TextInput
          label={t('change.current')}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword?.message && t(`errors.${errors.currentPassword.message}`)}
          {...form.register('currentPassword')}
        />
        <NewPasswordFields password={form.register('password')} repeat={form.register('repeat')} errors={errors} />
        {change.isSuccess && (
          <p className="notice notice-info" role="status">
            {t('change.done')}
          </p>
        )}
        {change.error && !isWrongCurrent(change.error) && (
          <p className="notice notice-error" role="alert">
            {errorText(change.error, t)}
          </p>
        )}
        <Button type="submit" variant="primary" isPending={change.isPending}>
          {t('change.submit')}
        </Button>
      </form>
    </section>
  );
}

function isWrongCurrent(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'validation_failed' && JSON.stringify(error.details ?? '').includes('currentPassword');
}
