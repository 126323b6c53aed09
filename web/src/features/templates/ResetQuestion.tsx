import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

/** "Nulstil til Samtales ordlyd?": asked first, as the organisation's own text cannot be had back. */
export function ResetQuestion({
  what,
  isPending,
  error,
  onConfirm,
  onCancel,
}: {
  what: string;
  isPending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('templates');
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onCancel()} isDismissable>
      <Modal className="modal templates-question">
        <Dialog role="alertdialog" className="templates-question-dialog" data-testid="reset-question">
          <Heading slot="title">{t('resetQuestion.title')}</Heading>
          <p>{t('resetQuestion.text', { what })}</p>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <div className="templates-actions">
            <Button variant="primary" onPress={onConfirm} isPending={isPending} data-testid="reset-confirm">
              {t('resetQuestion.confirm')}
            </Button>
            <Button onPress={onCancel} autoFocus>
              {t('resetQuestion.cancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
