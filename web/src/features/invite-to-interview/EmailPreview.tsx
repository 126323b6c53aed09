import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { textPieces } from './email-text';
import type { PreviewRecipient } from './invitation-answers';
import { MESSAGE_NS } from './message-namespace';

interface EmailPreviewProps {
  recipients: PreviewRecipient[];
  /** The candidate shown; the first when none is chosen yet. */
  shownId: string | null;
  onShow: (applicationId: string) => void;
  sender: string;
  /** The preview is being brought up to date with what was typed since. */
  isUpdating: boolean;
}

/**
 * The invitation as the chosen candidate will read it: From, To, Subject and the text, with the link as a link.
 *
 * The text part, not the HTML part: the app's Content-Security-Policy allows no inline style, and a frame given the
 * HTML by `srcdoc` inherits that policy, so the email's own styling would be stripped and the recruiter would see a
 * page no candidate sees. The server's development mailbox serves sent HTML from its own address with its own
 * policy, but a preview has nothing sent yet. The text part holds the same words and links (both are rendered from
 * one template), and every mail program can show it.
 */
export function EmailPreview({ recipients, shownId, onShow, sender, isUpdating }: EmailPreviewProps) {
  const { t } = useTranslation(MESSAGE_NS);
  const shown = recipients.find((recipient) => recipient.applicationId === shownId) ?? recipients[0];
  if (!shown) return null;
  const name = (recipient: PreviewRecipient) => `${recipient.candidate.firstName} ${recipient.candidate.lastName}`;
  return (
    <section className="ms-preview" aria-labelledby="ms-preview-heading" aria-busy={isUpdating || undefined} data-testid="email-preview">
      <h3 id="ms-preview-heading">{t('preview.heading')}</h3>
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
      {shown.email ? (
        <article className="ms-email" data-testid="email-preview-card">
          <dl className="ms-email-head">
            <dt>{t('preview.from')}</dt>
            <dd>{sender}</dd>
            <dt>{t('preview.to')}</dt>
            <dd>
              {name(shown)}
              <span className="ms-email-address">{shown.candidate.email}</span>
            </dd>
            <dt>{t('preview.subject')}</dt>
            <dd className="ms-email-subject" data-testid="email-preview-subject">
              {shown.email.subject}
            </dd>
          </dl>
          <div className="ms-email-body" data-testid="email-preview-text">
            {textPieces(shown.email.text).map((piece, index) =>
              piece.kind === 'link' ? (
                <a key={index} href={piece.href} target="_blank" rel="noreferrer">
                  {piece.text}
                </a>
              ) : (
                <span key={index}>{piece.text}</span>
              ),
            )}
          </div>
        </article>
      ) : (
        <p className="muted">{t('preview.noEmail')}</p>
      )}
      {isUpdating && (
        <p className="muted small" role="status">
          {t('preview.updating')}
        </p>
      )}
    </section>
  );
}
