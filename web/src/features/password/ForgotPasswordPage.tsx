import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { TextInput } from '../../ui/TextInput';
import { forgotPasswordSchema, type ForgotPasswordForm } from './password-forms';
import { PublicCard } from '../../app/PublicCard';

/** Glemt adgangskode: asks for a reset link. The answer is the same whether or not the address has a user. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('password');
  const form = useForm<ForgotPasswordForm>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: '' } });
  const request = useMutation({ mutationFn: (body: ForgotPasswordForm) => unwrap(api.POST('/api/auth/forgot-password', { body })) });
  const { errors } = form.formState;
  return (
    <PublicCard>
      <h1>{t('forgot.title')}</h1>
      {request.isSuccess ? (
        <p className="notice notice-info" role="status">
          {t('forgot.sent')}
        </p>
      ) : (
        <>
          <p className="muted">{t('forgot.intro')}</p>
          <form noValidate onSubmit={form.handleSubmit((values) => request.mutate(values))}>
            <TextInput
              label={t('email')}
              type="email"
              autoComplete="username"
              error={errors.email?.message && t(`errors.${errors.email.message}`)}
              {...form.register('email')}
            />
            {request.error && (
              <p className="notice notice-error" role="alert">
                {errorText(request.error, t)}
              </p>
            )}
            <Button type="submit" variant="primary" isPending={request.isPending} className="sign-in-submit">
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('backToSignIn')}</Link>
      </p>
    </PublicCard>
  );
}
