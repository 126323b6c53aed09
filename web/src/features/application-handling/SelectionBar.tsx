import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

/** "N selected" with Clear, and Further processing (Videre behandling) with its actions and Execute (Udfør). */
export type FurtherProcessing = 'invite' | 'status';

export function SelectionBar({
  count,
  elsewhere,
  onClear,
  onExecute,
}: {
  count: number;
  elsewhere: number;
  onClear: () => void;
  onExecute: (action: FurtherProcessing) => void;
}) {
  const { t } = useTranslation('application-handling');
  const statusId = useId();
  const [action, setAction] = useState<FurtherProcessing>('invite');
  return (
    <div className="ah-selection-bar" data-testid="selection-bar">
      <div className="ah-selection-count">
        <p id={statusId} role="status" aria-live="polite" data-testid="selection-count">
          {count === 0 ? (
            t('selection.none')
          ) : (
            <>
              <strong>{t('selection.selected', { count })}</strong>
              {elsewhere > 0 && <span className="muted"> · {t('selection.elsewhere', { count: elsewhere })}</span>}
            </>
          )}
        </p>
        {count > 0 && (
          <Button variant="quiet" onPress={onClear} aria-label={t('selection.clearLabel')} data-testid="selection-clear">
            {t('selection.clear')}
          </Button>
        )}
      </div>
      <div className="ah-processing">
        <label htmlFor="ah-processing-action">{t('processing.label')}</label>
        <div className="ah-processing-controls">
          <select
            id="ah-processing-action"
            className="select-native"
            value={action}
            onChange={(event) => setAction(event.target.value as FurtherProcessing)}
            data-testid="further-processing"
          >
            <option value="invite">{t('processing.invite')}</option>
            <option value="status">{t('processing.changeStatus')}</option>
          </select>
          <Button
            variant="primary"
            isDisabled={count === 0}
            onPress={() => onExecute(action)}
            aria-describedby={count === 0 ? statusId : undefined}
            data-testid="execute"
          >
            {t('processing.execute')}
          </Button>
        </div>
      </div>
    </div>
  );
}
