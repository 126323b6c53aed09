import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { refusedField } from '../../ui/refused-field';
import { TextInput } from '../../ui/TextInput';
import { EMPTY_WEBHOOK, EVENT_TYPES, eventTypeWords, urlRefusalKey, webhookSchema, type WebhookForm } from './forms';
import { useIntegrationChange, webhookEndpointsQuery } from './queries';

type Added = { url: string; signingSecret: string };

/**
 * Tilføj webhook: the address and the events it wants. The server's refusal of the address is shown at its field,
 * with everything typed kept.
 */
export function AddWebhookForm({ onAdded, onCancel }: { onAdded: (added: Added) => void; onCancel: () => void }) {
  const { t } = useTranslation('integrations');
  const form = useForm<WebhookForm>({ resolver: zodResolver(webhookSchema), defaultValues: EMPTY_WEBHOOK });
  const add = useIntegrationChange(webhookEndpointsQuery, (body: WebhookForm) => unwrap(api.POST('/api/webhook-endpoints', { body })));
  const { errors } = form.formState;
  const refusal = add.error instanceof ApiError && add.error.status === 400 && refusedField(add.error.details) === 'url' ? add.error : null;

  function submit(values: WebhookForm) {
    add.mutate(values, {
      onSuccess: (added) => onAdded(added),
      onError: (error) => {
        if (error instanceof ApiError && error.status === 400 && refusedField(error.details) === 'url') form.setFocus('url');
      },
    });
  }

  const urlError = errors.url?.message ? t(`errors.${errors.url.message}`) : refusal ? refusalText(refusal) : undefined;
  function refusalText(error: ApiError): string {
    const [first] = error.details as { message?: string }[];
    const key = urlRefusalKey(first?.message ?? '');
    return key ? t(`errors.${key}`) : error.message;
  }

  return (
    <form noValidate className="panel integrations-form" aria-labelledby="webhook-form-title" onSubmit={form.handleSubmit(submit)}>
      <h3 id="webhook-form-title">{t('webhooks.form.title')}</h3>
      <TextInput
        label={t('webhooks.url')}
        hint={t('webhooks.form.urlHint')}
        type="url"
        inputMode="url"
        autoComplete="off"
        error={urlError}
        {...form.register('url', { onChange: () => add.reset() })}
      />
      <fieldset className="integrations-events" aria-describedby={errors.events ? 'webhook-events-error' : undefined}>
        <legend>{t('webhooks.events')}</legend>
        {EVENT_TYPES.map((type) => (
          <label key={type} className="integrations-checkbox">
            <input type="checkbox" value={type} {...form.register('events')} />
            <span>
              {t(eventTypeWords(type))} <code className="small">{type}</code>
            </span>
          </label>
        ))}
        {errors.events?.message && (
          <p id="webhook-events-error" className="field-error">
            {t(`errors.${errors.events.message}`)}
          </p>
        )}
      </fieldset>
      {add.error && !refusal && (
        <p className="notice notice-error" role="alert">
          {errorText(add.error, t)}
        </p>
      )}
      <div className="integrations-actions">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {t('webhooks.form.submit')}
        </Button>
        <Button onPress={onCancel}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
