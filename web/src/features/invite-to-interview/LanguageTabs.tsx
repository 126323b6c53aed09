import type { Key, ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { languageName } from '../../ui/language-name';
import type { LanguageTab } from './message-languages';
import { MESSAGE_NS } from './message-namespace';
import type { CandidateLanguage } from './wizard-state';

interface LanguageTabsProps {
  /** What the tabs hold, for screen readers: "Email per language". */
  label: string;
  tabs: LanguageTab[];
  selected: CandidateLanguage;
  onSelect: (language: CandidateLanguage) => void;
  /** A prefix of the test ids, so a page with two sets of tabs tells them apart. */
  testId: string;
  children: (language: CandidateLanguage) => ReactNode;
}

/**
 * One tab per language the candidates will get, with how many get it: "Dansk (2)", "English (1)". With one
 * language there is nothing to choose, so the text stands alone under the language's name.
 */
export function LanguageTabs({ label, tabs, selected, onSelect, testId, children }: LanguageTabsProps) {
  const { t } = useTranslation(MESSAGE_NS);
  const uiLanguage = useLanguage();
  const title = (tab: LanguageTab) => t('languageTab', { language: languageName(tab.language, uiLanguage), count: tab.candidates });
  const [only] = tabs;
  if (only && tabs.length === 1) {
    return (
      <div className="ms-one-language">
        <p className="ms-language-name" data-testid={`${testId}-tab-${only.language}`}>
          {title(only)}
        </p>
        {children(only.language)}
      </div>
    );
  }
  return (
    <Tabs className="ms-tabs" selectedKey={selected} onSelectionChange={(key: Key) => onSelect(String(key) as CandidateLanguage)}>
      <TabList aria-label={label} className="ms-tab-list">
        {tabs.map((tab) => (
          <Tab key={tab.language} id={tab.language} className="ms-tab" data-testid={`${testId}-tab-${tab.language}`}>
            {title(tab)}
          </Tab>
        ))}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.language} id={tab.language} className="ms-tab-panel">
          {children(tab.language)}
        </TabPanel>
      ))}
    </Tabs>
  );
}
