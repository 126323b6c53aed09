import { useTranslation } from 'react-i18next';
import { textPieces } from './email-text';
import { MESSAGE_NS } from './message-namespace';

interface EmailCardProps {
  from: string;
  toName: string;
  toAddress: string;
  subject: string;
  /** The email's text part, links as they will be sent. */
  text: string;
  testId: string;
}

/** One email as a mail program shows it: who from, who to, the subject, and the text with its links as links. */
export function EmailCard({ from, toName, toAddress, subject, text, testId }: EmailCardProps) {
  const { t } = useTranslation(MESSAGE_NS);
  return (
    <article className="ms-email" data-testid={testId}>
      <dl className="ms-email-head">
        <dt>{t('preview.from')}</dt>
        <dd>{from}</dd>
        <dt>{t('preview.to')}</dt>
        <dd>
          {toName}
          <span className="ms-email-address">{toAddress}</span>
        </dd>
        <dt>{t('preview.subject')}</dt>
        <dd className="ms-email-subject" data-testid={`${testId}-subject`}>
          {subject}
        </dd>
      </dl>
      <div className="ms-email-body" data-testid={`${testId}-text`}>
        <TextWithLinks text={text} />
      </div>
    </article>
  );
}

/** A message's text with each web link in it as a link, opening in a tab of its own. */
export function TextWithLinks({ text }: { text: string }) {
  return textPieces(text).map((piece, index) =>
    piece.kind === 'link' ? (
      <a key={index} href={piece.href} target="_blank" rel="noreferrer">
        {piece.text}
      </a>
    ) : (
      <span key={index}>{piece.text}</span>
    ),
  );
}
