import { useTranslation } from 'react-i18next';
import { ApiKeysSection } from './ApiKeysSection';
import { useOrganisationTime } from './useOrganisationTime';
import { WebhooksSection } from './WebhooksSection';
import './integrations.css';

/** Integrationer: the organisation's API keys and webhooks, for its administrators and the ATS they connect. */
export function IntegrationsPage() {
  const { t } = useTranslation('integrations');
  const { zone } = useOrganisationTime();
  return (
    <section className="page integrations-page" aria-labelledby="integrations-title">
      <header className="page-header">
        <h1 id="integrations-title">{t('title')}</h1>
      </header>
      <p className="muted">
        {t('intro')} {t('timesIn', { zone })}
      </p>
      <ApiKeysSection />
      <WebhooksSection />
    </section>
  );
}
