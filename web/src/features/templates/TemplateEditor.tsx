import { MESSAGE_TEMPLATES, type TemplateKind } from '@domain/message-templates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { Button } from '../../ui/Button';
import { errorText } from '../../ui/error-text';
import { languageName } from '../../ui/language-name';
import { fieldProblem } from '../invite-to-interview/message-problems';
import { TemplateField } from '../invite-to-interview/TemplateField';
import { resetTemplate, saveTemplate, templatesQuery, type SavedTemplate } from './queries';
import { ResetQuestion } from './ResetQuestion';
import { partsDiffer, variablesOf, type Parts } from './template-kinds';
import { TemplatePreviewPanel } from './TemplatePreviewPanel';

const ROWS: Record<string, number | undefined> = { body: 14, signature: 4, text: 5 };

interface TemplateEditorProps {
  kind: TemplateKind;
  saved: SavedTemplate;
  /** What the administrator wrote and has not saved; undefined while the saved text stands. */
  draft: Parts | undefined;
  onDraft: (parts: Parts | undefined) => void;
}

/** One template in one language: its parts with the variables offered, save, back to Samtale's wording, and the preview. */
export function TemplateEditor({ kind, saved, draft, onDraft }: TemplateEditorProps) {
  const { t } = useTranslation('templates');
  const uiLanguage = useLanguage();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const { language } = saved;
  const parts = draft ?? saved.parts;
  const path = (part: string) => `${kind}.${language}.${part}`;
  const required = (part: string) => part !== 'signature';
  const variables = variablesOf(kind);
  const problems = MESSAGE_TEMPLATES[kind].parts.flatMap((part) => fieldProblem({ path: path(part), value: parts[part] ?? '', required: required(part), variables }) ?? []);

  const stored = (template: SavedTemplate, words: string) => {
    queryClient.setQueryData(templatesQuery(kind).queryKey, (list) => list?.map((each) => (each.language === language ? template : each)));
    onDraft(undefined);
    setNotice(words);
  };
  const save = useMutation({
    mutationFn: () => saveTemplate(kind, language, parts),
    onSuccess: (template) => stored(template, t('saved')),
  });
  const reset = useMutation({
    mutationFn: () => resetTemplate(kind, language),
    onSuccess: (template) => {
      setAsking(false);
      stored(template, t('resetDone'));
    },
  });
  const change = (part: string, value: string) => {
    setNotice(null);
    const next = { ...parts, [part]: value };
    onDraft(partsDiffer(next, saved.parts) ? next : undefined);
  };
  const what = t('what', { kind: t(`kind.${kind}`), language: languageName(language, uiLanguage) });

  return (
    <div className="ms-layout templates-layout">
      <form
        className="panel templates-form"
        aria-label={what}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (problems.length === 0) save.mutate();
        }}
      >
        <p className="small muted" data-testid="template-origin">
          {saved.customised ? t('customised') : t('samtaleWording')}
        </p>
        {MESSAGE_TEMPLATES[kind].parts.map((part) => (
          <TemplateField
            key={part}
            label={t(`part.${part}`)}
            path={path(part)}
            value={parts[part] ?? ''}
            onChange={(value) => change(part, value)}
            required={required(part)}
            rows={ROWS[part]}
            variables={variables}
          />
        ))}
        {save.isError && (
          <p className="notice notice-error" role="alert">
            {errorText(save.error, t)}
          </p>
        )}
        <p className="templates-notice" role="status">
          {notice && <span className="notice notice-info">{notice}</span>}
        </p>
        <div className="templates-actions">
          <Button type="submit" variant="primary" isDisabled={!draft || problems.length > 0} isPending={save.isPending} data-testid="template-save">
            {t('save')}
          </Button>
          {(saved.customised || draft) && (
            <Button onPress={() => setAsking(true)} data-testid="template-reset">
              {t('reset')}
            </Button>
          )}
        </div>
      </form>
      <TemplatePreviewPanel kind={kind} language={language} parts={parts} waits={problems.length > 0} />
      {asking && (
        <ResetQuestion
          what={what}
          isPending={reset.isPending}
          error={reset.isError ? errorText(reset.error, t) : null}
          onConfirm={() => reset.mutate()}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}
