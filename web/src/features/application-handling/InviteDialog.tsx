import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import type { Selection } from './selection';

/**
 * Indkald til samtale, for now: the wizard (type, recruiters, date, time, duration, email) comes in the next
 * release. Until then Execute says so, names who would be invited, and changes nothing.
 */
export function InviteDialog({ isOpen, onOpenChange, selection }: { isOpen: boolean; onOpenChange: (open: boolean) => void; selection: Selection }) {
  const { t } = useTranslation('application-handling');
  const applicants = [...selection.values()];
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className="modal ah-modal">
        <Dialog className="ah-dialog" data-testid="invite-dialog">
          <Heading slot="title">{t('inviteDialog.title')}</Heading>
          <p className="notice notice-info">{t('inviteDialog.comingSoon')}</p>
          <p>{t('inviteDialog.selected', { count: applicants.length })}</p>
          <ul className="ah-dialog-list">
            {applicants.map((applicant) => (
              <li key={applicant.id}>{applicant.name}</li>
            ))}
          </ul>
          <div className="ah-dialog-actions">
            <Button variant="primary" slot="close" autoFocus data-testid="invite-dialog-close">
              {t('inviteDialog.close')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
