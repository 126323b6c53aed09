import { MAX_SMS_SEGMENTS } from '@domain/sms-segments';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { errorText } from '../../ui/error-text';
import { languageName } from '../../ui/language-name';
import { MESSAGE_NS } from './message-namespace';
import { namedField, refusalReason } from './send-error';

/**
 * A refusal of the server in the recruiter's language: why, and which field by the name it has on screen
 * ("Indhold (Dansk)"). What step 2 cannot cause keeps the common wording, or the server's own sentence.
 */
export function useRefusalWords() {
  const { t } = useTranslation(MESSAGE_NS);
  const { t: tCommon } = useTranslation();
  const uiLanguage = useLanguage();

  function why(error: unknown): string {
    const reason = refusalReason(error);
    switch (reason.kind) {
      case 'unknown_variable':
        return t('refusal.unknownVariable', { variable: `{${reason.variable}}` });
      case 'too_many_sms_segments':
        return t('refusal.tooManySegments', { max: MAX_SMS_SEGMENTS });
      case 'blank':
        return t('refusal.blank');
      case 'sender':
        return t('refusal.sender');
      case 'missing_mobile':
        return t('refusal.missingMobile');
      default:
        return errorText(error, tCommon);
    }
  }

  function fieldName(path: string): string | null {
    const field = namedField(path);
    if (!field) return null;
    if (field.text === 'sender') return t('email.from');
    return t(`fieldNames.${field.text}.${field.part}`, { language: languageName(field.language, uiLanguage) });
  }

  return { why, fieldName };
}
