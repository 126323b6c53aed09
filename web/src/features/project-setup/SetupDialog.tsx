import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import './project-setup.css';

/** A dialog of setting a project up (its details, an applicant, an import): a title, a close button and the form. */
export function SetupDialog({
  isOpen,
  onOpenChange,
  title,
  wide = false,
  children,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('project-setup');
  return (
    <ModalOverlay className="modal-overlay setup-modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className={`modal setup-modal${wide ? ' setup-modal-wide' : ''}`}>
        <Dialog className="setup-dialog">
          <div className="setup-dialog-header">
            <Heading slot="title">{title}</Heading>
            <Button variant="quiet" onPress={() => onOpenChange(false)}>
              {t('close')}
            </Button>
          </div>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
