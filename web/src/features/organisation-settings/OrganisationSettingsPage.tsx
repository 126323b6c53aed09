import { zodResolver } from '@hookform/resolvers/zod';
import { SUPPORTED_LANGUAGES } from '@domain/languages';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, unwrap } from '../../api/client';
import { ME_QUERY_KEY } from '../../app/query-client';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { errorText } from '../../ui/error-text';
import { languageName } from '../../ui/language-name';
import { PageLoading } from '../../ui/PageLoading';
import { refusedField } from '../../ui/refused-field';
import { TextInput } from '../../ui/TextInput';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect';
import { formValues, settingsChanges, settingsSchema, type OrganisationSettings, type SettingsForm } from './settings-form';
import './organisation-settings.css';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { LogoField } from './logo/LogoField';

const settingsQuery = queryOptions({ queryKey: ['organisation-settings'], queryFn: () => unwrap(api.GET('/api/organisation/settings')) });

/** Indstillinger: the organisation's name, time zone, languages, default sender and SMS, for its administrators. */
export function OrganisationSettingsPage() {
  const { t } = useTranslation('organisation-settings');
  const { role } = useSignedIn();
  const settings = useQuery({ ...settingsQuery, enabled: role === 'admin' });
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      {role === 'admin' && (
        <p>
          <Link to="/templates" data-testid="templates-link">
            {t('templates')}
          </Link>
          : {t('templatesHint')}
        </p>
      )}
      {role !== 'admin' ? (
        <p className="notice notice-info">{t('administratorsOnly')}</p>
      ) : settings.isPending ? (
        <PageLoading />
      ) : settings.isError ? (
        <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsFormCard saved={settings.data} />
      )}
    </section>
  );
}

function SettingsFormCard({ saved }: { saved: OrganisationSettings }) {
  const { t } = useTranslation('organisation-settings');
  const uiLanguage = useLanguage();
  const queryClient = useQueryClient();
  const languagesErrorId = useId();
  const form = useForm<SettingsForm>({ resolver: zodResolver(settingsSchema), mode: 'onTouched', defaultValues: formValues(saved) });
  const save = useMutation({
    mutationFn: (values: SettingsForm) => unwrap(api.PATCH('/api/organisation/settings', { body: settingsChanges(values) })),
    onSuccess: async (settings) => {
      queryClient.setQueryData(settingsQuery.queryKey, settings);
      form.reset(formValues(settings));
      // The frame and every screen read the organisation (its name, zone, languages) from the signed-in user.
      await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
    onError: (error) => {
      const field = error instanceof ApiError && error.status === 400 ? refusedField(error.details) : null;
      if (field && field in form.getValues()) form.setError(field as keyof SettingsForm, { message: 'refused' }, { shouldFocus: true });
    },
  });

  const { errors, isDirty } = form.formState;
  const error = (field: keyof SettingsForm) => errors[field]?.message && t(`errors.${errors[field].message}`);
  const failure = save.error;
  const fieldRefused = failure instanceof ApiError && failure.status === 400 && refusedField(failure.details) !== null;

  return (
    <form className="settings-form" noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      <fieldset className="settings-group">
        <legend>{t('organisation')}</legend>
        <TextInput label={t('name')} autoComplete="organization" error={error('name')} {...form.register('name')} />
        <Controller
          control={form.control}
          name="timeZone"
          render={({ field }) => <TimeZoneSelect label={t('timeZone')} hint={t('timeZoneHint')} error={error('timeZone')} {...field} />}
        />
        <LogoField organisationName={saved.name} />
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('languagesTitle')}</legend>
        <fieldset className="settings-choices" aria-describedby={errors.languages ? languagesErrorId : undefined}>
          <legend className="field-label">{t('languages')}</legend>
          {SUPPORTED_LANGUAGES.map((language) => (
            <label key={language} className="settings-check">
              <input type="checkbox" value={language} {...form.register('languages')} />
              <span>{languageName(language, uiLanguage)}</span>
            </label>
          ))}
          {errors.languages && (
            <p id={languagesErrorId} className="field-error">
              {error('languages')}
            </p>
          )}
        </fieldset>
        <LanguageSelect
          label={t('defaultLanguage')}
          hint={t('defaultLanguageHint')}
          error={error('defaultLanguage')}
          languages={SUPPORTED_LANGUAGES}
          {...form.register('defaultLanguage')}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('sender')}</legend>
        <TextInput label={t('senderAddress')} type="email" hint={t('senderAddressHint')} error={error('defaultSenderAddress')} {...form.register('defaultSenderAddress')} />
        <TextInput label={t('senderName')} hint={t('senderNameHint')} placeholder={saved.name} error={error('defaultSenderName')} {...form.register('defaultSenderName')} />
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('sms')}</legend>
        <label className="settings-check">
          <input type="checkbox" {...form.register('smsEnabled')} />
          <span>{t('smsEnabled')}</span>
        </label>
        <p className="muted small">{t('smsHint')}</p>
      </fieldset>
      {failure && !fieldRefused && (
        <p className="notice notice-error" role="alert">
          {errorText(failure, t)}
        </p>
      )}
      <div className="settings-actions">
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {t('save')}
        </Button>
        <p role="status" className="settings-saved">
          {save.isSuccess && !isDirty ? t('saved') : ''}
        </p>
      </div>
    </form>
  );
}
