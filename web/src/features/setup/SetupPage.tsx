import { zodResolver } from '@hookform/resolvers/zod';
import { SUPPORTED_LANGUAGES } from '@domain/languages';
import { MIN_PASSWORD_LENGTH } from '@domain/password-rule';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { PublicCard } from '../../app/PublicCard';
import { ME_QUERY_KEY } from '../../app/query-client';
import { useLanguage } from '../../i18n/useLanguage';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { errorText } from '../../ui/error-text';
import { PageLoading } from '../../ui/PageLoading';
import { refusedField } from '../../ui/refused-field';
import { TextInput } from '../../ui/TextInput';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { setupStatusQuery } from '../../api/queries';
import { guessedTimeZone, setupSchema, type SetupForm } from './setup-form';
import './setup.css';
import { LanguageSelect } from '../../ui/LanguageSelect';

/** The first run: an empty server asks for its organisation and first administrator, then opens signed in. */
export function SetupPage() {
  const status = useQuery(setupStatusQuery);
  if (status.isPending) return <PageLoading />;
  if (status.isError) return <ErrorNotice error={status.error} onRetry={() => void status.refetch()} />;
  if (!status.data.needed) return <Navigate to="/login" replace />;
  return <SetupFormCard tokenRequired={status.data.tokenRequired} />;
}

function SetupFormCard({ tokenRequired }: { tokenRequired: boolean }) {
  const { t } = useTranslation('setup');
  const uiLanguage = useLanguage();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<SetupForm>({
    resolver: zodResolver(setupSchema),
    mode: 'onTouched',
    defaultValues: {
      organisationName: '',
      timeZone: guessedTimeZone(),
      language: uiLanguage,
      adminName: '',
      adminEmail: '',
      password: '',
      setupToken: params.get('token') ?? '',
    },
  });
  const setUp = useMutation({
    mutationFn: ({ setupToken, ...values }: SetupForm) => unwrap(api.POST('/api/setup', { body: tokenRequired ? { ...values, setupToken } : values })),
    onSuccess: (me) => {
      queryClient.setQueryData(ME_QUERY_KEY, me);
      queryClient.setQueryData(setupStatusQuery.queryKey, { needed: false, tokenRequired });
      void navigate('/', { replace: true });
    },
    onError: (error) => {
      const field = error instanceof ApiError && error.status === 400 ? refusedField(error.details) : null;
      if (field && field in form.getValues()) form.setError(field as keyof SetupForm, { message: 'refused' }, { shouldFocus: true });
    },
  });

  const { errors } = form.formState;
  const error = (field: keyof SetupForm) => errors[field]?.message && t(`errors.${errors[field].message}`, { min: MIN_PASSWORD_LENGTH });
  const failure = setUp.error;
  const fieldRefused = failure instanceof ApiError && failure.status === 400 && refusedField(failure.details) !== null;

  return (
    <PublicCard className="setup-card">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      <form noValidate onSubmit={form.handleSubmit((values) => setUp.mutate(values))}>
        <fieldset className="setup-group">
          <legend>{t('organisation')}</legend>
          <TextInput label={t('organisationName')} autoComplete="organization" error={error('organisationName')} {...form.register('organisationName')} />
          <Controller
            control={form.control}
            name="timeZone"
            render={({ field }) => <TimeZoneSelect label={t('timeZone')} hint={t('timeZoneHint')} error={error('timeZone')} {...field} />}
          />
          <LanguageSelect label={t('language')} hint={t('languageHint')} error={error('language')} languages={SUPPORTED_LANGUAGES} {...form.register('language')} />
        </fieldset>
        <fieldset className="setup-group">
          <legend>{t('administrator')}</legend>
          <TextInput label={t('adminName')} autoComplete="name" error={error('adminName')} {...form.register('adminName')} />
          <TextInput label={t('adminEmail')} type="email" autoComplete="username" error={error('adminEmail')} {...form.register('adminEmail')} />
          <TextInput
            label={t('password')}
            type="password"
            autoComplete="new-password"
            hint={t('passwordHint', { min: MIN_PASSWORD_LENGTH })}
            error={error('password')}
            {...form.register('password')}
          />
        </fieldset>
        {tokenRequired && (
          <TextInput label={t('setupToken')} hint={t('setupTokenHint')} autoComplete="off" spellCheck={false} error={error('setupToken')} {...form.register('setupToken')} />
        )}
        {failure && !fieldRefused && (
          <p className="notice notice-error" role="alert">
            {failure instanceof ApiError && failure.status === 403 ? t('errors.wrongToken') : failure instanceof ApiError && failure.status === 409 ? t('errors.alreadySetUp') : errorText(failure, t)}
          </p>
        )}
        <Button type="submit" variant="primary" isPending={setUp.isPending} className="sign-in-submit">
          {t('submit')}
        </Button>
      </form>
    </PublicCard>
  );
}
