import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { errorText } from '../../ui/error-text';
import { PageLoading } from '../../ui/PageLoading';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { apiKeysQuery, useIntegrationChange, type ApiKey } from './queries';
import { Question } from './Question';
import { ShownOnce } from './ShownOnce';
import { useOrganisationTime } from './useOrganisationTime';

/** API-nøgler: the keys the organisation's ATS uses, made here, shown once, and revoked here. */
export function ApiKeysSection() {
  const { t } = useTranslation('integrations');
  const keys = useQuery(apiKeysQuery);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  return (
    <section className="integrations-section" aria-labelledby="api-keys-title">
      <header className="integrations-section-header">
        <h2 id="api-keys-title">{t('apiKeys.title')}</h2>
        {!creating && (
          <Button variant="primary" onPress={() => {
              setCreating(true);
              setCreated(null);
            }}>
            {t('apiKeys.create')}
          </Button>
        )}
      </header>
      <p className="muted">{t('apiKeys.intro')}</p>
      {creating && (
        <CreateApiKeyForm
          onCreated={(key) => {
            setCreating(false);
            setCreated(key);
          }}
          onCancel={() => setCreating(false)}
        />
      )}
      {created && <ShownOnce title={t('apiKeys.createdTitle', { name: created.name })} label={t('apiKeys.key')} secret={created.key} onDone={() => setCreated(null)} />}
      {keys.isPending ? (
        <PageLoading />
      ) : keys.isError ? (
        <ErrorNotice error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.items.length === 0 ? (
        <p className="integrations-empty">{t('apiKeys.none')}</p>
      ) : (
        <ApiKeyTable keys={keys.data.items} />
      )}
    </section>
  );
}

function ApiKeyTable({ keys }: { keys: ApiKey[] }) {
  const { t } = useTranslation('integrations');
  return (
    <table className="table table-cards integrations-table" data-testid="api-keys">
      <thead>
        <tr>
          <th scope="col">{t('apiKeys.name')}</th>
          <th scope="col">{t('apiKeys.scope')}</th>
          <th scope="col">{t('apiKeys.created')}</th>
          <th scope="col">{t('apiKeys.lastUsed')}</th>
          <th scope="col">{t('apiKeys.status')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <ApiKeyRow key={key.id} apiKey={key} />
        ))}
      </tbody>
    </table>
  );
}

function ApiKeyRow({ apiKey }: { apiKey: ApiKey }) {
  const { t } = useTranslation('integrations');
  const time = useOrganisationTime();
  const [asking, setAsking] = useState(false);
  const revoke = useIntegrationChange(apiKeysQuery, () => unwrap(api.DELETE('/api/api-keys/{apiKeyId}', { params: { path: { apiKeyId: apiKey.id } } })));
  return (
    <tr data-testid={`api-key-${apiKey.name}`} className={apiKey.revokedAt ? 'integrations-revoked' : undefined}>
      <td data-label={t('apiKeys.name')} className="integrations-name">
        {apiKey.name}
      </td>
      <td data-label={t('apiKeys.scope')}>{t(`apiKeys.scopes.${apiKey.scope}`)}</td>
      <td data-label={t('apiKeys.created')}>
        {time.at(apiKey.createdAt)}
        <span className="muted small integrations-by">{t('by', { name: apiKey.createdBy.name })}</span>
      </td>
      <td data-label={t('apiKeys.lastUsed')}>{apiKey.lastUsedAt ? time.at(apiKey.lastUsedAt) : <span className="muted">{t('apiKeys.neverUsed')}</span>}</td>
      <td data-label={t('apiKeys.status')}>
        {apiKey.revokedAt ? (
          <span className="badge integrations-badge-revoked">{t('apiKeys.revokedAt', { at: time.at(apiKey.revokedAt) })}</span>
        ) : (
          <span className="badge integrations-badge-active">{t('apiKeys.active')}</span>
        )}
      </td>
      <td data-label={t('actions')}>
        {!apiKey.revokedAt && (
          <Button variant="quiet" onPress={() => {
              revoke.reset();
              setAsking(true);
            }}>
            {t('apiKeys.revoke')}
          </Button>
        )}
        {asking && (
          <Question
            title={t('apiKeys.revokeQuestion.title', { name: apiKey.name })}
            text={t('apiKeys.revokeQuestion.text')}
            confirm={t('apiKeys.revokeQuestion.confirm')}
            cancel={t('cancel')}
            isPending={revoke.isPending}
            error={revoke.error ? errorText(revoke.error, t) : null}
            onConfirm={() => revoke.mutate(undefined, { onSuccess: () => setAsking(false) })}
            onCancel={() => setAsking(false)}
          />
        )}
      </td>
    </tr>
  );
}
