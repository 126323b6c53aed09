import { REMINDER_DAYS_BEFORE, REMINDER_LOCAL_TIME } from '@domain/reminder-timing';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime, formatLocalDateTime, zoneName } from '../../time/format';
import { Choices } from './Choices';
import type { PreviewRecipient } from './invitation-answers';
import { LanguageTabs } from './LanguageTabs';
import { reminderChannels } from './reminder-channels';
import { reminderDay } from './reminder-day';
import type { LanguageTab } from './message-languages';
import { MESSAGE_NS } from './message-namespace';
import { usesReminderEmail, usesSms } from './message-problems';
import { SmsCount } from './SmsCount';
import { TemplateField } from './TemplateField';
import type { CandidateLanguage, MessageStep, ReminderDaysBefore } from './wizard-state';

type Reminder = MessageStep['reminder'];

interface ReminderSectionProps {
  reminder: Reminder;
  onChange: (reminder: Reminder) => void;
  tabs: LanguageTab[];
  selected: CandidateLanguage;
  onSelect: (language: CandidateLanguage) => void;
  /** The (first) interview's local date, YYYY-MM-DD. */
  interviewDate: string;
  /** The last preview's candidates, for the SMS as one of them will get it. */
  recipients: PreviewRecipient[];
  shownId: string | null;
  refusal: (path: string) => string | undefined;
  /** Times are offered: each reminder is made when an applicant books, so there is no one day to show yet. */
  isOffer?: boolean;
}

/** Påmindelse: whether and how the candidates are reminded, how many days before, and in which words. */
export function ReminderSection({ reminder, onChange, tabs, selected, onSelect, interviewDate, recipients, shownId, refusal, isOffer = false }: ReminderSectionProps) {
  const { t } = useTranslation(MESSAGE_NS);
  const uiLanguage = useLanguage();
  const me = useSignedIn();
  const { organisation } = me;
  const channels = reminderChannels(me);
  const { channel } = reminder;

  const setEmail = (language: CandidateLanguage, part: 'subject' | 'body' | 'signature', value: string) => {
    const current = reminder.email[language] ?? { subject: '', body: '', signature: '' };
    onChange({ ...reminder, email: { ...reminder.email, [language]: { ...current, [part]: value } } });
  };
  const setSms = (language: CandidateLanguage, text: string) => onChange({ ...reminder, sms: { ...reminder.sms, [language]: { text } } });
  // The SMS as it will go to the candidate shown in the preview, or to another of the same language.
  const renderedFor = (language: CandidateLanguage) => {
    const ofLanguage = recipients.filter((recipient) => recipient.language === language && recipient.reminder.sms);
    return ofLanguage.find((recipient) => recipient.applicationId === shownId) ?? ofLanguage[0];
  };

  // The server's word on the first interview's reminder: when it goes out, or that it is too late for one.
  const first = [...recipients].sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt))[0]?.reminder;

  return (
    <section className="panel ms-section" aria-labelledby="ms-reminder-heading" data-testid="reminder-section">
      <h2 id="ms-reminder-heading">{t('reminder.heading')}</h2>
      <Choices
        label={t('reminder.channel')}
        value={channel}
        onChange={(next) => onChange({ ...reminder, channel: next })}
        choices={channels.map((value) => ({ value, label: t(`reminder.channels.${value}`) }))}
        layout="column"
        testId="reminder-channel"
      />
      {channel !== 'none' && (
        <>
          <Choices
            label={t('reminder.daysBefore')}
            value={String(reminder.daysBefore)}
            onChange={(next) => onChange({ ...reminder, daysBefore: Number(next) as ReminderDaysBefore })}
            choices={REMINDER_DAYS_BEFORE.map((days) => ({
              value: String(days),
              label: t('reminder.days', { count: days }),
              detail: interviewDate ? formatLocalDateTime(reminderDay(interviewDate, days), REMINDER_LOCAL_TIME, uiLanguage) : undefined,
            }))}
            layout="column"
            testId="reminder-days"
          />
          <p className="muted small ms-reminder-rule">
            {t(isOffer ? 'reminder.ruleOffer' : 'reminder.rule', { time: REMINDER_LOCAL_TIME, zone: zoneName(organisation.timeZone, uiLanguage) })}
          </p>
          {first?.status === 'scheduled' && first.dueAt && (
            <p className="ms-reminder-due" data-testid="reminder-due">
              {t('reminder.due', { when: formatDateTime(first.dueAt, organisation.timeZone, uiLanguage) })}
            </p>
          )}
          {first?.status === 'skipped_too_late' && (
            <p className="ms-reminder-due" data-testid="reminder-due">
              {t('reminder.dueTooLate')}
            </p>
          )}
          <LanguageTabs label={t('reminder.perLanguage')} tabs={tabs} selected={selected} onSelect={onSelect} testId="reminder-language">
            {(language) => (
              <>
                {usesReminderEmail(channel) && (
                  <fieldset className="ms-fieldset">
                    <legend>{t('reminder.email')}</legend>
                    <TemplateField
                      label={t('fields.subject')}
                      path={`reminder.email.variants.${language}.subject`}
                      value={reminder.email[language]?.subject ?? ''}
                      onChange={(value) => setEmail(language, 'subject', value)}
                      refusal={refusal(`reminder.email.variants.${language}.subject`)}
                    />
                    <TemplateField
                      label={t('fields.body')}
                      path={`reminder.email.variants.${language}.body`}
                      value={reminder.email[language]?.body ?? ''}
                      onChange={(value) => setEmail(language, 'body', value)}
                      rows={6}
                      refusal={refusal(`reminder.email.variants.${language}.body`)}
                    />
                    <TemplateField
                      label={t('fields.signature')}
                      path={`reminder.email.variants.${language}.signature`}
                      value={reminder.email[language]?.signature ?? ''}
                      onChange={(value) => setEmail(language, 'signature', value)}
                      rows={3}
                      required={false}
                      refusal={refusal(`reminder.email.variants.${language}.signature`)}
                    />
                  </fieldset>
                )}
                {usesSms(channel) && (
                  <fieldset className="ms-fieldset">
                    <legend>{t('reminder.sms')}</legend>
                    <TemplateField
                      label={t('fields.smsText')}
                      path={`reminder.sms.variants.${language}.text`}
                      value={reminder.sms[language]?.text ?? ''}
                      onChange={(value) => setSms(language, value)}
                      rows={4}
                      refusal={refusal(`reminder.sms.variants.${language}.text`)}
                      footer={<SmsCount text={reminder.sms[language]?.text ?? ''} rendered={renderedFor(language)} />}
                    />
                  </fieldset>
                )}
              </>
            )}
          </LanguageTabs>
        </>
      )}
    </section>
  );
}
