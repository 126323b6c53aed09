import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { errorText } from '../../ui/error-text';
import { PageLoading } from '../../ui/PageLoading';
import { NewPasswordFields } from './NewPasswordFields';
import { choosePasswordSchema, type ChoosePasswordForm } from './password-forms';
import { PublicCard } from '../../app/PublicCard';

/**
 * Vælg adgangskode: where the link in an invitation or a password-reset email leads. The token is in the address's
 * fragment, which the browser never sends to a server, nor in a Referer.
 */
export function ChoosePasswordPage() {
  const { t } = useTranslation('password');
  const token = useLocation().hash.slice(1);
  const link = useQuery({
    queryKey: ['password-link', token],
    queryFn: () => unwrap(api.POST('/api/auth/password-link', { body: { token } })),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });
  const form = useForm<ChoosePasswordForm>({ resolver: zodResolver(choosePasswordSchema), defaultValues: { password: '', repeat: '' } });
  const choose = useMutation({ mutationFn: (password: string) => unwrap(api.POST('/api/auth/choose-password', { body: { token, password } })) });

  const gone = token === '' || (link.error instanceof ApiError && link.error.status === 404) || (choose.error instanceof ApiError && choose.error.status === 404);
  if (gone) {
    return (
      <PublicCard>
        <h1>{t('choose.titleReset')}</h1>
        <p className="notice notice-error" role="alert">
          {t('choose.linkGone')}
        </p>
        <p>
          <Link to="/forgot-password">{t('choose.askAgain')}</Link>
        </p>
      </PublicCard>
    );
  }
  if (link.isPending) {
    return (
      <PublicCard>
        <PageLoading />
      </PublicCard>
    );
  }
  if (link.isError) {
    return (
      <PublicCard>
        <ErrorNotice error={link.error} onRetry={() => void link.refetch()} />
      </PublicCard>
    );
  }
  const invitation = link.data.purpose === 'invitation';
  if (choose.isSuccess) {
    return (
      <PublicCard>
        <h1>{invitation ? t('choose.titleInvitation') : t('choose.titleReset')}</h1>
        <p className="notice notice-info" role="status">
          {t('choose.done')}
        </p>
        <Link className="button button-primary sign-in-submit" to="/login">
          {t('choose.signIn')}
        </Link>
      </PublicCard>
    );
  }
  const { errors } = form.formState;
  return (
    <PublicCard>
      <h1>{invitation ? t('choose.titleInvitation') : t('choose.titleReset')}</h1>
      <p className="muted">{invitation ? t('choose.introInvitation', { name: link.data.name, email: link.data.email }) : t('choose.introReset', { email: link.data.email })}</p>
      <form noValidate onSubmit={form.handleSubmit((values) => choose.mutate(values.password))}>
        {/* For the password manager: which account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={link.data.email} readOnly hidden />
        <NewPasswordFields password={form.register('password')} repeat={form.register('repeat')} errors={errors} />
        {choose.error && (
          <p className="notice notice-error" role="alert">
            {errorText(choose.error, t)}
          </p>
        )}
        <Button type="submit" variant="primary" isPending={choose.isPending} className="sign-in-submit">
          {t('choose.submit')}
        </Button>
      </form>
    </PublicCard>
  );
}
