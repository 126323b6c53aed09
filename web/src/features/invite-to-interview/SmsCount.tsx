import { MAX_SMS_SEGMENTS, smsSegments } from '@domain/sms-segments';
import { useTranslation } from 'react-i18next';
import type { PreviewRecipient } from './invitation-answers';
import { MESSAGE_NS } from './message-namespace';

/**
 * How long the SMS is, twice: as typed, counted at once on every keystroke; and as one candidate will get it, with
 * name, date and link put in, which is what is billed, counted by the server in the last preview (with a link of
 * the real length).
 */
export function SmsCount({ text, rendered }: { text: string; rendered: PreviewRecipient | undefined }) {
  const { t } = useTranslation(MESSAGE_NS);
  const typed = smsSegments(text);
  const sms = rendered?.reminder.sms;
  const tooLong = (sms?.segments ?? typed.segments) > MAX_SMS_SEGMENTS;
  return (
    <p className={`small ms-sms-count${tooLong ? ' field-error' : ' muted'}`} data-testid="sms-count">
      <span>{t('sms.typed', { characters: typed.characters, count: typed.segments })}</span>
      {rendered && sms && (
        <span>
          {' · '}
          {t('sms.rendered', { name: `${rendered.candidate.firstName} ${rendered.candidate.lastName}`, characters: sms.text.length, count: sms.segments })}
        </span>
      )}
      {tooLong && <span> {t('sms.tooLong', { max: MAX_SMS_SEGMENTS })}</span>}
    </p>
  );
}
