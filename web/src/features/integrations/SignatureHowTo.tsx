import { useTranslation } from 'react-i18next';

/** How the ATS checks that a delivery came from Samtale: the README's recipe in three steps, linking nowhere. */
export function SignatureHowTo() {
  const { t } = useTranslation('integrations');
  return (
    <section className="panel integrations-howto" aria-labelledby="signature-title">
      <h3 id="signature-title">{t('signature.title')}</h3>
      <p>{t('signature.intro')}</p>
      <pre className="integrations-code">
        <code>{t('signature.example')}</code>
      </pre>
      <ol className="integrations-steps">
        <li>{t('signature.step1')}</li>
        <li>{t('signature.step2')}</li>
        <li>{t('signature.step3')}</li>
      </ol>
    </section>
  );
}
