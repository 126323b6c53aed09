import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../time/format';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CancelInterviewForm } from './CancelInterviewForm';
import { ChangeInterviewForm } from './ChangeInterviewForm';
import type { ActionProps, Invitation } from './EditParts';
import { PhoneAnswerForm } from './PhoneAnswerForm';
import { interviewQuery } from './queries';

/**
 * "Rediger mødeindkaldelse": a button on the invitation card opening a dialog to move or change the interview,
 * cancel it, or record an answer the candidate gave by phone. Each action says whom it will email before it does.
 */
export function EditInvitation({ invitation, applicationId, onDone }: { invitation: Invitation; applicationId: string; onDone: (notice: string) => void }) {
  const { t } = useTranslation('application-and-cv');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const [isOpen, setOpen] = useState(false);
  const finish = (notice: string) => {
    setOpen(false);
    onDone(notice);
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={setOpen}>
      <Button data-testid="edit-invitation">{t('edit.open')}</Button>
      <ModalOverlay className="modal-overlay cv-modal-overlay">
        <Modal className="modal cv-modal">
          <Dialog className="cv-dialog" data-testid="edit-dialog">
            {({ close }) => (
              <>
                <div className="cv-dialog-header">
                  <div>
                    <Heading slot="title">{t('edit.title')}</Heading>
                    <p className="muted small cv-edit-subtitle">
                      {t(`interviewType.${invitation.interview.type}`)} · {formatDateTime(invitation.interview.startsAt, organisation.timeZone, language)}
                    </p>
                  </div>
                  <Button variant="quiet" onPress={close} data-testid="edit-close">
                    {t('message.close')}
                  </Button>
                </div>
                <EditActions invitation={invitation} applicationId={applicationId} onDone={finish} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function EditActions({ invitation, applicationId, onDone }: Omit<ActionProps, 'invitees'>) {
  const { t } = useTranslation('application-and-cv');
  const interview = useQuery(interviewQuery(invitation.interview.id));
  const invitees = useMemo(
    () =>
      interview.data?.invitations
        .filter((other) => other.responseStatus !== 'not_relevant')
        .map((other) => ({ name: `${other.application.candidate.firstName} ${other.application.candidate.lastName}`, email: other.application.candidate.email })) ?? null,
    [interview.data],
  );
  const props = { invitation, applicationId, invitees, onDone };
  return (
    <>
      {interview.isError && <ErrorNotice error={interview.error} onRetry={() => void interview.refetch()} />}
      <Tabs className="cv-edit-tabs">
        <TabList aria-label={t('edit.actions')} className="cv-edit-tab-list">
          <Tab id="change" className="cv-edit-tab" data-testid="edit-tab-change">
            {t('edit.change.tab')}
          </Tab>
          <Tab id="cancel" className="cv-edit-tab" data-testid="edit-tab-cancel">
            {t('edit.cancel.tab')}
          </Tab>
          <Tab id="answer" className="cv-edit-tab" data-testid="edit-tab-answer">
            {t('edit.answer.tab')}
          </Tab>
        </TabList>
        <TabPanel id="change" className="cv-edit-panel">
          <ChangeInterviewForm {...props} />
        </TabPanel>
        <TabPanel id="cancel" className="cv-edit-panel">
          <CancelInterviewForm {...props} />
        </TabPanel>
        <TabPanel id="answer" className="cv-edit-panel">
          <PhoneAnswerForm {...props} />
        </TabPanel>
      </Tabs>
    </>
  );
}
