import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useCopy } from '../../ui/useCopy';

/**
 * A secret the server shows this once (an API key, a signing secret): to copy now, with the plain warning that it
 * will not be shown again. Closing it forgets it.
 */
export function ShownOnce({ title, label, secret, onDone }: { title: string; label: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation('integrations');
  const id = useId();
  const copying = useCopy();

  return (
    <section className="panel integrations-secret" aria-labelledby={`${id}-title`} data-testid="shown-once">
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="integrations-once">
        <strong>{t('shownOnce.warning')}</strong>
      </p>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} className="integrations-secret-value" readOnly value={secret} onFocus={(event) => event.target.select()} />
      </div>
      <div className="integrations-actions">
        <Button variant="primary" onPress={() => void copying.copy(secret)}>
          {t('shownOnce.copy')}
        </Button>
        <Button onPress={onDone}>{t('shownOnce.done')}</Button>
        <span role="status" className="small">
          {copying.outcome && t(copying.outcome === 'copied' ? 'shownOnce.copied' : 'shownOnce.copyFailed')}
        </span>
      </div>
    </section>
  );
}
