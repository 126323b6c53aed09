import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

interface OfferRowProps {
  /** "Tidsrum 2", "Enkelt tid 1": the group's name, and the remove button's. */
  name: string;
  removeLabel: string;
  onRemove: () => void;
  /** Ours or the server's problem with the whole row ("overlaps another of the times"). */
  error: string | undefined;
  errorId: string;
  testId: string;
  children: ReactNode;
}

/** One window or single time offered: its name with Remove beside it, its fields, and what is wrong with it. */
export function OfferRow({ name, removeLabel, onRemove, error, errorId, testId, children }: OfferRowProps) {
  const { t } = useTranslation('invite-to-interview');
  return (
    <div role="group" aria-label={name} aria-describedby={error ? errorId : undefined} className="iw-offer-row" data-testid={testId}>
      <div className="iw-offer-row-head">
        <p className="iw-offer-row-name" aria-hidden="true">
          {name}
        </p>
        <Button variant="quiet" onPress={onRemove} aria-label={removeLabel}>
          {t('offer.remove')}
        </Button>
      </div>
      <div className="iw-offer-row-fields">{children}</div>
      {error && (
        <p id={errorId} className="field-error" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
