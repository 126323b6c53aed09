import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { errorText } from './error-text';

/** A failure in words, where the thing that failed would have been, with a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p>{errorText(error, t)}</p>
      {onRetry && <Button onPress={onRetry}>{t('errors.tryAgain')}</Button>}
    </div>
  );
}
