import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { deliveryErrorWords } from './delivery-error';
import { eventTypeWords } from './forms';
import { useIntegrationChange, webhookEndpointsQuery, type WebhookDelivery } from './queries';
import { useOrganisationTime } from './useOrganisationTime';

/** The sign beside the words, so a delivery's state never rests on colour alone. */
const SIGNS: Record<WebhookDelivery['status'], string> = { queued: '◷', sending: '↗', sent: '✓', failed: '!', cancelled: '⊘' };

/** Seneste leveringer: each event posted to the endpoint, how it went, and "Send igen" for one that failed. */
export function DeliveryTable({ endpointId, deliveries }: { endpointId: string; deliveries: WebhookDelivery[] }) {
  const { t } = useTranslation('integrations');
  if (deliveries.length === 0) return <p className="muted small">{t('webhooks.noDeliveries')}</p>;
  return (
    <table className="table table-cards integrations-table integrations-deliveries" aria-label={t('webhooks.deliveries')}>
      <thead>
        <tr>
          <th scope="col">{t('webhooks.event')}</th>
          <th scope="col">{t('webhooks.occurred')}</th>
          <th scope="col">{t('webhooks.status')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((delivery) => (
          <DeliveryRow key={delivery.id} endpointId={endpointId} delivery={delivery} />
        ))}
      </tbody>
    </table>
  );
}

function DeliveryRow({ endpointId, delivery }: { endpointId: string; delivery: WebhookDelivery }) {
  const { t } = useTranslation('integrations');
  const time = useOrganisationTime();
  const retry = useIntegrationChange(webhookEndpointsQuery, () =>
    unwrap(api.POST('/api/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry', { params: { path: { endpointId, deliveryId: delivery.id } } })),
  );
  const waitingAgain = delivery.status === 'queued' && delivery.attempts > 0;
  const errorWords = (error: string) => {
    const words = deliveryErrorWords(error);
    return words ? t(`webhooks.deliveryErrors.${words.key}`, words.values) : error;
  };
  return (
    <tr data-testid={`delivery-${delivery.id}`}>
      <td data-label={t('webhooks.event')}>
        {t(eventTypeWords(delivery.eventType))}
        <code className="small integrations-event-code">{delivery.eventType}</code>
      </td>
      <td data-label={t('webhooks.occurred')}>{time.at(delivery.createdAt)}</td>
      <td data-label={t('webhooks.status')}>
        <span className={`badge integrations-delivery integrations-delivery-${delivery.status}`}>
          <span aria-hidden="true">{SIGNS[delivery.status]}</span> {t(`webhooks.statuses.${delivery.status}`)}
        </span>
        <span className="small integrations-delivery-detail">
          {delivery.status === 'sent' && delivery.sentAt && t('webhooks.sentAt', { at: time.at(delivery.sentAt) })}
          {waitingAgain && t('webhooks.nextAttempt', { at: time.at(delivery.nextAttemptAt) })}
          {delivery.attempts > 0 && <> {t('webhooks.attempts', { count: delivery.attempts })}</>}
        </span>
        {delivery.error && delivery.status !== 'sent' && <span className="small integrations-delivery-error">{errorWords(delivery.error)}</span>}
      </td>
      <td data-label={t('actions')}>
        {delivery.status === 'failed' && (
          <Button className="integrations-send-again" onPress={() => retry.mutate()} isPending={retry.isPending}>
            {t('webhooks.sendAgain')}
          </Button>
        )}
        {retry.isError && (
          <span className="field-error" role="alert">
            {errorText(retry.error, t)}
          </span>
        )}
      </td>
    </tr>
  );
}
