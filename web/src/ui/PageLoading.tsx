import { useTranslation } from 'react-i18next';

/**
 * Grey bars where content will be: the page keeps its shape while loading, so nothing jumps when it arrives.
 * Screen readers hear one "Loading…".
 */
export function PageLoading({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="visually-hidden">{t('loading')}</span>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="loading-bar" aria-hidden="true" />
      ))}
    </div>
  );
}
