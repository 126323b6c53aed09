import { useState, type ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

interface ActionDialogProps {
  /** The button on the page, and the dialog's heading. */
  label: string;
  title: string;
  testId: string;
  /** The dialog's content, given `done` to close it once the action has gone through. */
  children: (done: () => void) => ReactNode;
}

/**
 * An action on the offer that first says what it will do and to whom, in a dialog, as Edit meeting invitation
 * asks before it sends: nothing happens until the dialog's own button is pressed.
 */
export function ActionDialog({ label, title, testId, children }: ActionDialogProps) {
  const { t } = useTranslation('booking-offers');
  const [isOpen, setOpen] = useState(false);
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button data-testid={testId}>{label}</Button>
      <ModalOverlay className="modal-overlay bo-modal-overlay" isDismissable>
        <Modal className="modal bo-modal">
          <Dialog className="bo-dialog" data-testid={`${testId}-dialog`}>
            {({ close }) => (
              <>
                <div className="bo-dialog-header">
                  <Heading slot="title">{title}</Heading>
                  <Button variant="quiet" onPress={close}>
                    {t('dialog.close')}
                  </Button>
                </div>
                {children(() => setOpen(false))}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/** The dialog's last line: back out, or do it. */
export function DialogButtons({ onBack, backLabel, onConfirm, confirmLabel, isPending, isDisabled, testId }: {
  onBack: () => void;
  backLabel: string;
  onConfirm?: () => void;
  confirmLabel: string;
  isPending: boolean;
  isDisabled?: boolean;
  testId: string;
}) {
  return (
    <div className="bo-dialog-actions">
      <Button onPress={onBack} isDisabled={isPending}>
        {backLabel}
      </Button>
      <Button variant="primary" type={onConfirm ? 'button' : 'submit'} onPress={onConfirm} isPending={isPending} isDisabled={isDisabled} data-testid={testId}>
        {confirmLabel}
      </Button>
    </div>
  );
}
