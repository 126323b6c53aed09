import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { ApplicationAndCv } from '../../api/types';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { PageLoading } from '../../ui/PageLoading';

export type Invitation = ApplicationAndCv['invitations'][number];
export interface Person {
  name: string;
  email: string;
}
/** What each tab of the edit dialog is given. */
export interface ActionProps {
  invitation: Invitation;
  applicationId: string;
  /** Who is invited to the interview (a group interview has more than this candidate); null while being read. */
  invitees: Person[] | null;
  onDone: (notice: string) => void;
}

/** The server's refusal in words; a conflict (the interview has started, or is cancelled) says so first. */
function failureText(error: unknown, lead: string, t: Parameters<typeof errorText>[1]): string {
  const reason = errorText(error, t);
  return error instanceof ApiError && error.status === 409 ? `${lead} ${reason}` : reason;
}

/** Why an action failed; given focusRef, the notice can take the focus. */
export function EditFailure({ error, lead, focusRef }: { error: unknown; lead: string; focusRef?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation('application-and-cv');
  return (
    <div className="notice notice-error" role="alert" tabIndex={focusRef ? -1 : undefined} ref={focusRef} data-testid="edit-failure">
      <p>{failureText(error, lead, t)}</p>
    </div>
  );
}

/** The button under each form that leads on to its confirmation step. */
export function ContinueButton({ testId }: { testId: string }) {
  const { t } = useTranslation('application-and-cv');
  return (
    <div className="cv-edit-actions">
      <Button type="submit" variant="primary" data-testid={testId}>
        {t('edit.continue')}
      </Button>
    </div>
  );
}

/** The step before anything is sent: what will happen, exactly who gets an email, and the button that does it. */
export function Confirmation({
  heading,
  children,
  recipients,
  onBack,
  onConfirm,
  confirmLabel,
  isPending,
  testId,
}: {
  heading: string;
  children: ReactNode;
  recipients: Person[] | null;
  onBack: () => void;
  onConfirm: () => void;
  confirmLabel: string;
  isPending: boolean;
  testId: string;
}) {
  const { t } = useTranslation('application-and-cv');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="cv-edit-confirm" data-testid={testId} aria-labelledby={`${testId}-heading`}>
      <h3 id={`${testId}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {children}
      {recipients ? (
        <>
          <h4 className="cv-edit-recipients-heading">{t('edit.recipients', { count: recipients.length })}</h4>
          <ul className="cv-edit-recipients" data-testid="recipients">
            {recipients.map((person) => (
              <li key={person.email}>
                {person.name} <span className="muted small cv-break">{person.email}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <PageLoading rows={2} />
      )}
      <div className="cv-edit-actions">
        <Button onPress={onBack} isDisabled={isPending}>
          {t('edit.back')}
        </Button>
        <Button variant="primary" onPress={onConfirm} isPending={isPending} isDisabled={!recipients} data-testid={`${testId}-send`}>
          {confirmLabel}
        </Button>
      </div>
    </section>
  );
}
