import type { Language } from '@domain/languages';
import type { TemplateKind } from '@domain/message-templates';
import { useQuery } from '@tanstack/react-query';
import { useState, type Key } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { languageName } from '../../ui/language-name';
import { PageLoading } from '../../ui/PageLoading';
import { templatesQuery } from './queries';
import { TemplateEditor } from './TemplateEditor';
import { isTemplateKind, TEMPLATE_KINDS, type Parts } from './template-kinds';
import '../invite-to-interview/message-step.css';
import './templates.css';

/**
 * Skabeloner: the organisation's invitation email, reminder email and reminder SMS in each language it offers,
 * which pre-fill the Invite to interview page. Kind and language are in the address, so a link opens the same text.
 */
export function TemplatesPage() {
  const { t } = useTranslation('templates');
  const { role, organisation } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const asked = params.get('kind');
  const kind: TemplateKind = isTemplateKind(asked) ? asked : 'interview_invitation';
  const askedLanguage = params.get('language');
  const language = organisation.languages.find((offered) => offered === askedLanguage) ?? organisation.defaultLanguage;
  const choose = (next: { kind?: TemplateKind; language?: Language }) =>
    setParams({ kind: next.kind ?? kind, language: next.language ?? language }, { replace: true });

  return (
    <section className="page templates-page" aria-labelledby="templates-title">
      <header className="page-header">
        <h1 id="templates-title">{t('title')}</h1>
      </header>
      {role !== 'admin' ? (
        <p className="notice notice-info">{t('administratorsOnly')}</p>
      ) : (
        <>
          <p className="muted">{t('intro')}</p>
          <Tabs selectedKey={kind} onSelectionChange={(key: Key) => choose({ kind: String(key) as TemplateKind })}>
            <TabList aria-label={t('kinds')} className="ms-tab-list templates-kinds">
              {TEMPLATE_KINDS.map((each) => (
                <Tab key={each} id={each} className="ms-tab" data-testid={`template-kind-${each}`}>
                  {t(`kind.${each}`)}
                </Tab>
              ))}
            </TabList>
            {TEMPLATE_KINDS.map((each) => (
              <TabPanel key={each} id={each} className="ms-tab-panel">
                <KindTemplates kind={each} language={language} onLanguage={(next) => choose({ language: next })} />
              </TabPanel>
            ))}
          </Tabs>
        </>
      )}
    </section>
  );
}

/** One kind's templates, a tab per language the organisation offers; unsaved drafts survive a look at another tab. */
function KindTemplates({ kind, language, onLanguage }: { kind: TemplateKind; language: Language; onLanguage: (language: Language) => void }) {
  const { t } = useTranslation('templates');
  const uiLanguage = useLanguage();
  const templates = useQuery(templatesQuery(kind));
  const [drafts, setDrafts] = useState<Partial<Record<Language, Parts>>>({});
  if (templates.isPending) return <PageLoading />;
  if (templates.isError) return <ErrorNotice error={templates.error} onRetry={() => void templates.refetch()} />;
  return (
    <Tabs selectedKey={language} onSelectionChange={(key: Key) => onLanguage(String(key) as Language)}>
      <TabList aria-label={t('languages', { kind: t(`kind.${kind}`) })} className="ms-tab-list">
        {templates.data.map((template) => (
          <Tab key={template.language} id={template.language} className="ms-tab" data-testid={`template-language-${template.language}`}>
            {languageName(template.language, uiLanguage)}
            {drafts[template.language] && <span className="templates-unsaved">{t('unsavedMark')}</span>}
          </Tab>
        ))}
      </TabList>
      {templates.data.map((template) => (
        <TabPanel key={template.language} id={template.language} className="ms-tab-panel">
          <TemplateEditor
            kind={kind}
            saved={template}
            draft={drafts[template.language]}
            onDraft={(parts) => setDrafts((current) => ({ ...current, [template.language]: parts }))}
          />
        </TabPanel>
      ))}
    </Tabs>
  );
}
