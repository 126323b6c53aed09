import { useTranslation } from 'react-i18next';
import { Choices } from './Choices';
import type { InviteMode } from './wizard-state';
import './message-step.css';

/** How the applicants get their time: fixed by the recruiter, or booked by each from times offered. */
export function WayChoice({ value, isGroup, onChange }: { value: InviteMode; isGroup: boolean; onChange: (mode: InviteMode) => void }) {
  const { t } = useTranslation('invite-to-interview');
  return (
    <div className="iw-way">
      <Choices
        label={t('way.label')}
        value={value}
        onChange={onChange}
        choices={[
          { value: 'fixed', label: t('way.fixed'), detail: isGroup ? t('way.fixedGroup') : t('way.fixedBackToBack') },
          { value: 'offer', label: t('way.offer'), detail: t('way.offerDetail') },
        ]}
        testId="invite-way"
      />
    </div>
  );
}
