import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { errorText } from '../../ui/error-text';
import { PageLoading } from '../../ui/PageLoading';
import { AddWebhookForm } from './AddWebhookForm';
import { DeliveryTable } from './DeliveryTable';
import { eventTypeWords } from './forms';
import { useIntegrationChange, webhookEndpointsQuery, type WebhookEndpoint } from './queries';
import { Question } from './Question';
import { ShownOnce } from './ShownOnce';
import { SignatureHowTo } from './SignatureHowTo';
import { useOrganisationTime } from './useOrganisationTime';

/** Webhooks: where Samtale tells the ATS of invitations, answers and changes, and how the latest deliveries went. */
export function WebhooksSection() {
  const { t } = useTranslation('integrations');
  const endpoints = useQuery(webhookEndpointsQuery);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<{ url: string; signingSecret: string } | null>(null);
  return (
    <section className="integrations-section" aria-labelledby="webhooks-title">
      <header className="integrations-section-header">
        <h2 id="webhooks-title">{t('webhooks.title')}</h2>
        {!adding && (
          <Button variant="primary" onPress={() => {
              setAdding(true);
              setAdded(null);
            }}>
            {t('webhooks.add')}
          </Button>
        )}
      </header>
      <p className="muted">{t('webhooks.intro')}</p>
      {adding && (
        <AddWebhookForm
          onAdded={(endpoint) => {
            setAdding(false);
            setAdded(endpoint);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {added && (
        <ShownOnce title={t('webhooks.addedTitle', { url: added.url })} label={t('webhooks.signingSecret')} secret={added.signingSecret} onDone={() => setAdded(null)} />
      )}
      {endpoints.isPending ? (
        <PageLoading />
      ) : endpoints.isError ? (
        <ErrorNotice error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : endpoints.data.items.length === 0 ? (
        <p className="integrations-empty">{t('webhooks.none')}</p>
      ) : (
        endpoints.data.items.map((endpoint) => <EndpointCard key={endpoint.id} endpoint={endpoint} />)
      )}
      <SignatureHowTo />
    </section>
  );
}

function EndpointCard({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation('integrations');
  const time = useOrganisationTime();
  const [asking, setAsking] = useState(false);
  const remove = useIntegrationChange(webhookEndpointsQuery, () =>
    unwrap(api.DELETE('/api/webhook-endpoints/{endpointId}', { params: { path: { endpointId: endpoint.id } } })),
  );
  return (
    <article className="panel integrations-endpoint" aria-label={endpoint.url} data-testid="webhook-endpoint">
      <header className="integrations-endpoint-header">
        <div>
          <p className="integrations-url">{endpoint.url}</p>
          <p className="muted small">{t('webhooks.addedBy', { at: time.at(endpoint.createdAt), name: endpoint.createdBy.name })}</p>
        </div>
        <Button variant="quiet" onPress={() => {
            remove.reset();
            setAsking(true);
          }}>
          {t('webhooks.remove')}
        </Button>
      </header>
      <p className="small">
        {t('webhooks.events')}: {endpoint.events.map((type) => t(eventTypeWords(type))).join(', ')}
      </p>
      <h3 className="integrations-deliveries-title">{t('webhooks.deliveries')}</h3>
      <DeliveryTable endpointId={endpoint.id} deliveries={endpoint.recentDeliveries} />
      {asking && (
        <Question
          title={t('webhooks.removeQuestion.title')}
          text={t('webhooks.removeQuestion.text', { url: endpoint.url })}
          confirm={t('webhooks.removeQuestion.confirm')}
          cancel={t('cancel')}
          isPending={remove.isPending}
          error={remove.error ? errorText(remove.error, t) : null}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => setAsking(false) })}
          onCancel={() => setAsking(false)}
        />
      )}
    </article>
  );
}
