import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { LOCALES } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate, formatTimeRange } from '../../time/format';
import { languageName } from '../../ui/language-name';
import { MESSAGE_NS } from './message-namespace';
import { recruiterOverlaps } from './recruiter-overlaps';
import { hasWarnings, type SendWarnings as Warnings } from './send-warnings';

interface SendWarningsProps {
  warnings: Warnings;
  sendWithoutSms: boolean;
  onSendWithoutSmsChange: (sendAnyway: boolean) => void;
}

/** Every warning in one place, just above Send, where the recruiter looks before pressing it. */
export function SendWarnings({ warnings, sendWithoutSms, onSendWithoutSmsChange }: SendWarningsProps) {
  const { t } = useTranslation(MESSAGE_NS);
  const uiLanguage = useLanguage();
  const { organisation } = useSignedIn();
  if (!hasWarnings(warnings)) return null;
  const list = (names: string[]) => new Intl.ListFormat(LOCALES[uiLanguage], { type: 'conjunction' }).format(names);
  const zone = organisation.timeZone;

  return (
    <section className="notice notice-warning ms-warnings" aria-labelledby="ms-warnings-heading" data-testid="send-warnings">
      <h2 id="ms-warnings-heading" className="ms-warnings-heading">
        {t('warnings.heading')}
      </h2>
      <ul>
        {warnings.missingMobile.length > 0 && (
          <li data-testid="warning-missing-mobile">
            <p>{t('warnings.missingMobile', { count: warnings.missingMobile.length, names: list(warnings.missingMobile) })}</p>
            <Checkbox className="ms-checkbox" isSelected={sendWithoutSms} onChange={onSendWithoutSmsChange} data-field="send-without-sms" data-testid="send-without-sms">
              <span className="ms-checkbox-box" aria-hidden="true" />
              <span>{t('warnings.sendWithoutSms', { count: warnings.missingMobile.length })}</span>
            </Checkbox>
          </li>
        )}
        {warnings.reminderTooLate.length > 0 && (
          <li data-testid="warning-too-late">{t('warnings.reminderTooLate', { count: warnings.reminderTooLate.length, names: list(warnings.reminderTooLate) })}</li>
        )}
        {recruiterOverlaps(warnings.recruiterBusy).map(({ name, startsAt, endsAt }, index) => (
          <li key={index} data-testid="warning-recruiter-busy">
            {t('warnings.recruiterBusyAt', { name, date: formatDate(startsAt, zone, uiLanguage), time: formatTimeRange(startsAt, endsAt, zone, uiLanguage) })}
          </li>
        ))}
        {warnings.languageFallbacks.map((fallback) => (
          <li key={fallback.name} data-testid="warning-language-fallback">
            {t('warnings.languageFallback', {
              name: fallback.name,
              own: languageName(fallback.language, uiLanguage),
              fallback: languageName(organisation.defaultLanguage, uiLanguage),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
