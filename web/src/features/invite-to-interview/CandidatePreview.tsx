import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../../time/format';
import { Field } from '../../ui/Field';
import { readableMobile } from '../../ui/phone';
import { EmailCard, TextWithLinks } from './EmailCard';
import type { PreviewRecipient } from './invitation-answers';
import { MESSAGE_NS } from './message-namespace';

/** A candidate as either preview gives them: an offer of times has no reminder until a time is booked. */
export type MessageRecipient = Pick<PreviewRecipient, 'applicationId' | 'candidate' | 'email'> & { reminder?: PreviewRecipient['reminder'] };

interface CandidatePreviewProps {
  recipients: MessageRecipient[];
  /** The candidate shown; the first when none is chosen yet. */
  shownId: string | null;
  onShow: (applicationId: string) => void;
  sender: string;
  /** The preview is being brought up to date with what was typed since. */
  isUpdating: boolean;
}

/**
 * What the chosen candidate will get: the invitation, and the reminder with when it goes out.
 *
 * Each email is shown by its text part, not its HTML part: the app's Content-Security-Policy allows no inline
 * style, and a frame given the HTML by `srcdoc` inherits that policy, so the email's own styling would be stripped
 * and the recruiter would see a page no candidate sees. The server's development mailbox serves sent HTML from its
 * own address with its own policy, but a preview has nothing sent yet. The text part holds the same words and links
 * (both are rendered from one template), and every mail program can show it.
 */
export function CandidatePreview({ recipients, shownId, onShow, sender, isUpdating }: CandidatePreviewProps) {
  const { t } = useTranslation(MESSAGE_NS);
  const uiLanguage = useLanguage();
  const { organisation } = useSignedIn();
  const shown = recipients.find((recipient) => recipient.applicationId === shownId) ?? recipients[0];
  if (!shown) return null;
  const name = (recipient: MessageRecipient) => `${recipient.candidate.firstName} ${recipient.candidate.lastName}`;
  const { reminder, candidate } = shown;
  return (
    <section className="ms-preview" aria-labelledby="ms-preview-heading" aria-busy={isUpdating || undefined} data-testid="email-preview">
      <h2 id="ms-preview-heading" className="ms-preview-heading">
        {t('preview.heading')}
      </h2>
      <Field label={t('preview.candidate')}>
        {(control) => (
          <select {...control} className="select-native" value={shown.applicationId} onChange={(event) => onShow(event.target.value)} data-testid="preview-candidate">
            {recipients.map((recipient) => (
              <option key={recipient.applicationId} value={recipient.applicationId}>
                {name(recipient)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <h3>{t('preview.invitation')}</h3>
      {shown.email ? (
        <EmailCard from={sender} toName={name(shown)} toAddress={candidate.email} subject={shown.email.subject} text={shown.email.text} testId="email-preview-card" />
      ) : (
        <p className="muted">{t('preview.noEmail')}</p>
      )}
      {reminder?.status === 'scheduled' && reminder.dueAt && (
        <div className="ms-preview-reminder" data-testid="reminder-preview">
          <h3>{t('preview.reminder', { when: formatDateTime(reminder.dueAt, organisation.timeZone, uiLanguage) })}</h3>
          {reminder.email && (
            <EmailCard from={sender} toName={name(shown)} toAddress={candidate.email} subject={reminder.email.subject} text={reminder.email.text} testId="reminder-email-preview" />
          )}
          {reminder.sms && candidate.mobile && (
            <div className="ms-sms" data-testid="reminder-sms-preview">
              <p className="muted small">{t('preview.smsTo', { mobile: readableMobile(candidate.mobile) })}</p>
              <p className="ms-sms-bubble">
                <TextWithLinks text={reminder.sms.text} />
              </p>
            </div>
          )}
        </div>
      )}
      {isUpdating && (
        <p className="muted small" role="status">
          {t('preview.updating')}
        </p>
      )}
    </section>
  );
}
