import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { Field } from '../../ui/Field';
import { TextInput } from '../../ui/TextInput';
import { apiKeySchema, EMPTY_API_KEY, type ApiKeyForm } from './forms';
import { apiKeysQuery, useIntegrationChange } from './queries';

type Created = { name: string; key: string };

/** Ny API-nøgle: what it is for and whether it may change anything; the key itself comes back once. */
export function CreateApiKeyForm({ onCreated, onCancel }: { onCreated: (created: Created) => void; onCancel: () => void }) {
  const { t } = useTranslation('integrations');
  const form = useForm<ApiKeyForm>({ resolver: zodResolver(apiKeySchema), defaultValues: EMPTY_API_KEY });
  const create = useIntegrationChange(apiKeysQuery, (body: ApiKeyForm) => unwrap(api.POST('/api/api-keys', { body })));
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="panel integrations-form"
      aria-labelledby="api-key-form-title"
      onSubmit={form.handleSubmit((values) => create.mutate(values, { onSuccess: (created) => onCreated(created) }))}
    >
      <h3 id="api-key-form-title">{t('apiKeys.form.title')}</h3>
      <div className="integrations-fields">
        <TextInput label={t('apiKeys.name')} hint={t('apiKeys.form.nameHint')} autoComplete="off" error={errors.name?.message && t(`errors.${errors.name.message}`)} {...form.register('name')} />
        <Field label={t('apiKeys.scope')} hint={t('apiKeys.form.scopeHint')}>
          {(control) => (
            <select className="select-native" {...control} {...form.register('scope')}>
              <option value="read">{t('apiKeys.scopes.read')}</option>
              <option value="write">{t('apiKeys.scopes.write')}</option>
            </select>
          )}
        </Field>
      </div>
      {create.error && (
        <p className="notice notice-error" role="alert">
          {errorText(create.error, t)}
        </p>
      )}
      <div className="integrations-actions">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('apiKeys.form.submit')}
        </Button>
        <Button onPress={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
