import { BOOKING_INVITATION_VARIABLES, TEMPLATE_VARIABLES } from '@domain/template';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../ui/TextInput';
import { Choices } from './Choices';
import { ConfirmLinkOption } from './ConfirmLinkOption';
import { LanguageTabs } from './LanguageTabs';
import { confirmLinkDefault, includesConfirmLink } from './confirm-link-option';
import type { LanguageTab } from './message-languages';
import { MESSAGE_NS } from './message-namespace';
import { TemplateField } from './TemplateField';
import type { CandidateLanguage, MessageStep } from './wizard-state';

interface EmailSectionProps {
  message: MessageStep;
  onChange: (message: MessageStep) => void;
  tabs: LanguageTab[];
  selected: CandidateLanguage;
  onSelect: (language: CandidateLanguage) => void;
  refusal: (path: string) => string | undefined;
  /**
   * Times are offered: the email is the applicant's link to book, so it is always sent, and it may say until when
   * (`{bookingdeadline}`).
   */
  isOffer?: boolean;
}

/** The invitation email (or invitation to book): whether one is sent, from whom, and its subject and content in each language in use. */
export function EmailSection({ message, onChange, tabs, selected, onSelect, refusal, isOffer = false }: EmailSectionProps) {
  const variables = isOffer ? BOOKING_INVITATION_VARIABLES : TEMPLATE_VARIABLES;
  const { t } = useTranslation(MESSAGE_NS);
  const languages = tabs.map((tab) => tab.language);
  const byDefault = confirmLinkDefault(message, languages);
  const setVariant = (language: CandidateLanguage, part: 'subject' | 'body', value: string) => {
    const current = message.variants[language] ?? { subject: '', body: '' };
    onChange({ ...message, variants: { ...message.variants, [language]: { ...current, [part]: value } } });
  };

  return (
    <section className="panel ms-section" aria-labelledby="ms-email-heading" data-testid="email-section">
      <h2 id="ms-email-heading">{t('email.heading')}</h2>
      {isOffer ? (
        <p className="muted" data-testid="booking-link-note">
          {t('email.bookingLinkNote')}
        </p>
      ) : (
      <Choices
        label={t('email.action')}
        value={message.action}
        onChange={(action) => onChange({ ...message, action })}
        choices={[
          { value: 'send_email', label: t('email.actions.send_email') },
          { value: 'no_email', label: t('email.actions.no_email') },
        ]}
        testId="email-action"
      />
      )}
      {message.action === 'no_email' && !isOffer ? (
        <p className="muted" data-testid="no-email-note">
          {t('email.noEmailNote')}
        </p>
      ) : (
        <>
          <TextInput
            label={t('email.from')}
            type="email"
            autoComplete="email"
            value={message.from}
            onChange={(event) => onChange({ ...message, from: event.target.value })}
            error={refusal('email.from')}
            data-field="email.from"
            className="ms-sender"
          />
          <LanguageTabs label={t('email.perLanguage')} tabs={tabs} selected={selected} onSelect={onSelect} testId="email-language">
            {(language) => (
              <>
                <TemplateField
                  label={t('fields.subject')}
                  path={`email.variants.${language}.subject`}
                  value={message.variants[language]?.subject ?? ''}
                  onChange={(value) => setVariant(language, 'subject', value)}
                  variables={variables}
                  refusal={refusal(`email.variants.${language}.subject`)}
                />
                <TemplateField
                  label={t('fields.body')}
                  path={`email.variants.${language}.body`}
                  value={message.variants[language]?.body ?? ''}
                  onChange={(value) => setVariant(language, 'body', value)}
                  rows={12}
                  variables={variables}
                  refusal={refusal(`email.variants.${language}.body`)}
                />
              </>
            )}
          </LanguageTabs>
          {/* An offer's link is the only way to book: the server adds it wherever {confirmlink} is missing. */}
          {!isOffer && (
            <ConfirmLinkOption
              isSelected={includesConfirmLink(message, languages)}
              byDefault={byDefault}
              onChange={(include) => onChange({ ...message, includeConfirmLink: include })}
            />
          )}
        </>
      )}
    </section>
  );
}
