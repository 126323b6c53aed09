import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

/** "Luk uden at sende?": asked before the wizard is closed or left by a link with something typed in it. */
export function LeaveQuestion({ isOpen, onStay, onLeave }: { isOpen: boolean; onStay: () => void; onLeave: () => void }) {
  const { t } = useTranslation('invite-to-interview');
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onStay()} isDismissable>
      <Modal className="modal iw-leave">
        <Dialog role="alertdialog" className="iw-leave-dialog" data-testid="leave-question">
          <Heading slot="title">{t('leave.title')}</Heading>
          <p>{t('leave.text')}</p>
          <div className="iw-actions">
            <Button variant="primary" onPress={onStay} autoFocus data-testid="leave-stay">
              {t('leave.stay')}
            </Button>
            <Button onPress={onLeave} data-testid="leave-confirm">
              {t('leave.confirm')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
