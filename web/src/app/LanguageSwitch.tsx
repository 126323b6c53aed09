import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, rememberLanguage, UI_LANGUAGES } from '../i18n/languages';

/** Dansk | English, remembered in this browser over the organisation's default. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={t('frame.language')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[i18n.language]}
      onSelectionChange={(keys) => {
        const [language] = [...keys];
        if (!isUiLanguage(language)) return;
        rememberLanguage(localStorage, language);
        void i18n.changeLanguage(language);
      }}
    >
      {UI_LANGUAGES.map((language) => (
        <ToggleButton key={language} id={language} lang={language}>
          {t(`frame.languageName.${language}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
