import { useId } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { MESSAGE_NS } from './message-namespace';

interface ConfirmLinkOptionProps {
  isSelected: boolean;
  /** Whether it would be ticked had the recruiter not touched it. */
  byDefault: boolean;
  onChange: (include: boolean) => void;
}

/**
 * "Inkluder et link": makes sure the candidate can answer with one click. Its default follows the texts (ticked
 * unless every variant in use already holds {confirmlink}); the rule is said beside it, so a box that ticks or
 * unticks itself while the recruiter edits the text surprises no one.
 */
export function ConfirmLinkOption({ isSelected, byDefault, onChange }: ConfirmLinkOptionProps) {
  const { t } = useTranslation(MESSAGE_NS);
  const ruleId = useId();
  return (
    <div className="ms-confirm-link">
      <Checkbox className="ms-checkbox" isSelected={isSelected} onChange={onChange} aria-describedby={ruleId} data-testid="include-confirm-link">
        <span className="ms-checkbox-box" aria-hidden="true" />
        <span>{t('confirmLink.label')}</span>
      </Checkbox>
      <p id={ruleId} className="muted small ms-confirm-link-rule">{t(byDefault ? 'confirmLink.ruleTicked' : 'confirmLink.ruleUnticked')}</p>
    </div>
  );
}
