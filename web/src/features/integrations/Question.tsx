import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from '../../ui/Button';

/** "Tilbagekald nøglen Workday?": asked before what cannot be undone, saying what it does. */
export function Question({
  title,
  text,
  confirm,
  cancel,
  isPending,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  isPending: boolean;
  /** Why the last try was refused, in words. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onCancel()} isDismissable>
      <Modal className="modal integrations-question">
        <Dialog role="alertdialog" className="integrations-question-dialog" data-testid="integrations-question">
          <Heading slot="title">{title}</Heading>
          <p>{text}</p>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <div className="integrations-actions">
            <Button variant="primary" onPress={onConfirm} isPending={isPending}>
              {confirm}
            </Button>
            <Button onPress={onCancel} autoFocus>
              {cancel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
