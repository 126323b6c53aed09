import type { Language } from '@domain/languages';
import type { TemplateKind } from '@domain/message-templates';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { EmailCard, TextWithLinks } from '../invite-to-interview/EmailCard';
import { previewTemplate } from './queries';
import type { Parts } from './template-kinds';

const TYPING_PAUSE_MS = 400;

/** The text as the server would send it to a sample candidate, asked for again once the administrator pauses typing. */
function usePausedValue<T>(value: T): T {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setPaused(value), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return paused;
}

interface TemplatePreviewPanelProps {
  kind: TemplateKind;
  language: Language;
  parts: Parts;
  /** A field is blank or names an unknown variable: the preview waits until it is put right. */
  waits: boolean;
}

/** What a sample candidate gets from this template: rendered by the server, by the code that renders the real ones. */
export function TemplatePreviewPanel({ kind, language, parts, waits }: TemplatePreviewPanelProps) {
  const { t } = useTranslation('templates');
  const asked = usePausedValue(parts);
  const preview = useQuery({
    queryKey: ['template-preview', kind, language, asked],
    queryFn: () => previewTemplate(kind, language, asked),
    placeholderData: keepPreviousData,
    enabled: !waits,
  });
  const data = preview.data;
  return (
    <aside className="panel ms-aside templates-preview" aria-labelledby={`preview-${kind}-${language}`} aria-busy={preview.isFetching || undefined}>
      <h2 id={`preview-${kind}-${language}`}>{t('preview.heading')}</h2>
      {waits ? (
        <p className="muted">{t('preview.waits')}</p>
      ) : preview.isError ? (
        <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
      ) : !data ? (
        <p className="muted">{t('preview.loading')}</p>
      ) : (
        <>
          <p className="small muted">{t('preview.sample', { name: data.candidate.name })}</p>
          {data.sms ? (
            <article className="templates-sms" data-testid="template-preview">
              <p className="small muted">{t('preview.smsTo', { mobile: data.candidate.mobile })}</p>
              <p className="templates-sms-text" data-testid="template-preview-text">
                <TextWithLinks text={data.text} />
              </p>
              <p className="small muted">{t('preview.segments', { count: data.sms.segments, encoding: data.sms.encoding })}</p>
            </article>
          ) : (
            <EmailCard
              from={`${data.from.name} <${data.from.address}>`}
              toName={data.candidate.name}
              toAddress={data.candidate.email}
              subject={data.subject ?? ''}
              text={data.text}
              testId="template-preview"
            />
          )}
        </>
      )}
    </aside>
  );
}
