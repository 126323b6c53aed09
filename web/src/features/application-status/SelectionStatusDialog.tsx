import { useTranslation } from 'react-i18next';
import { SetupDialog } from '../project-setup/SetupDialog';
import { StatusChangeForm } from './StatusChangeForm';

/**
 * Further processing → Change status, for the applications selected on All applications. Candidates who withdrew
 * keep their status, as for a group interview: reopening one is done on their own page.
 */
export function SelectionStatusDialog({ applicationIds, isOpen, onOpenChange }: { applicationIds: string[]; isOpen: boolean; onOpenChange: (isOpen: boolean) => void }) {
  const { t } = useTranslation('application-status');
  return (
    <SetupDialog isOpen={isOpen} onOpenChange={onOpenChange} title={t('selectionTitle')}>
      <StatusChangeForm
        applicationIds={applicationIds}
        statuses={[]}
        label={t('selectionLabel', { count: applicationIds.length })}
        saveLabel={t('saveAll')}
        reopenWithdrawn={false}
        testId="selection-status"
      />
    </SetupDialog>
  );
}
