import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

/** "Deaktiver Bo Berg?" (or reactivate): asked before either, saying what it does. */
export function ActivationQuestion({
  action,
  name,
  isPending,
  error,
  onConfirm,
  onCancel,
}: {
  action: 'deactivate' | 'reactivate';
  name: string;
  isPending: boolean;
  /** Why the last try was refused, in words. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('users');
  const words = action === 'deactivate' ? 'confirmDeactivate' : 'confirmReactivate';
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onCancel()} isDismissable>
      <Modal className="modal users-question">
        <Dialog role="alertdialog" className="users-question-dialog" data-testid="activation-question">
          <Heading slot="title">{t(`${words}.title`, { name })}</Heading>
          <p>{t(`${words}.text`, { name })}</p>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <div className="users-actions">
            <Button variant="primary" onPress={onConfirm} isPending={isPending} data-testid="activation-confirm">
              {t(`${words}.confirm`)}
            </Button>
            <Button onPress={onCancel} autoFocus>
              {t(`${words}.cancel`)}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
