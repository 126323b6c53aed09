import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { setupStatusQuery } from '../../api/queries';
import { ME_QUERY_KEY } from '../../app/query-client';
import { safeNextPath } from '../../app/next-path';
import { useMe } from '../../app/session';
import { PublicCard } from '../../app/PublicCard';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { TextInput } from '../../ui/TextInput';
import { signInSchema, type SignInForm } from './sign-in-form';

export function SignInPage() {
  const { t } = useTranslation('sign-in');
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useMe();
  const setup = useQuery(setupStatusQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<SignInForm>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });
  const signIn = useMutation({
    mutationFn: (body: SignInForm) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      void navigate(next, { replace: true });
    },
  });

  if (me.data) return <Navigate to={next} replace />;
  // An empty server has nobody to sign in yet: its first run comes first.
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  const failure = signIn.error;
  const wrongPassword = failure instanceof ApiError && failure.status === 401;
  const { errors } = form.formState;

  return (
    <PublicCard>
      <h1>{t('title')}</h1>
      <p className="muted">{params.get('next') ? t('sessionEnded') : t('intro')}</p>
      <form noValidate onSubmit={form.handleSubmit((values) => signIn.mutate(values))}>
        <TextInput
          label={t('email')}
          type="email"
          autoComplete="username"
          error={errors.email && t(`errors.${errors.email.message}`)}
          {...form.register('email')}
        />
        <TextInput
          label={t('password')}
          type="password"
          autoComplete="current-password"
          error={errors.password && t(`errors.${errors.password.message}`)}
          {...form.register('password')}
        />
        {failure && (
          <p className="notice notice-error" role="alert">
            {wrongPassword ? t('errors.wrongPassword') : errorText(failure, t)}
          </p>
        )}
        <Button type="submit" variant="primary" isPending={signIn.isPending} className="sign-in-submit">
          {t('submit')}
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">{t('forgotPassword')}</Link>
      </p>
    </PublicCard>
  );
}
