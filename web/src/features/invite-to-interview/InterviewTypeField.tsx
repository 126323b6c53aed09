import { INTERVIEW_TYPES } from '@domain/interview';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { InterviewType } from './wizard-state';

/** The source's four kinds of interview, all in view. */
export function InterviewTypeField({ value, onChange }: { value: InterviewType; onChange: (type: InterviewType) => void }) {
  const { t } = useTranslation('invite-to-interview');
  return (
    <RadioGroup className="iw-types" value={value} onChange={(type) => onChange(type as InterviewType)} data-testid="interview-type">
      <Label className="field-label">{t('interview.type')}</Label>
      <div className="iw-type-list">
        {INTERVIEW_TYPES.map((type) => (
          <Radio key={type} value={type} className="iw-type radio-mark" data-testid={`interview-type-${type}`}>
            {t(`interview.types.${type}`)}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
