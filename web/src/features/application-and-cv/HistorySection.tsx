import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApplicationAndCv } from '../../api/types';
import { useSignedIn } from '../../app/session';
import type { UiLanguage } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';
import { formatShortDateTime } from '../../time/format';
import { newestFirst } from './display';
import { historySentence, type HistoryContext, type SentenceValue } from './history-sentence';

type HistoryEvent = ApplicationAndCv['history'][number];

function resolve(values: Record<string, SentenceValue>, t: TFunction, zone: string, language: UiLanguage): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value !== 'object' ? value : 'term' in value ? t(value.term) : formatShortDateTime(value.instant, zone, language),
    ]),
  );
}

/** The audit trail in plain words, newest first. */
export function HistorySection({ history, context }: { history: HistoryEvent[]; context: HistoryContext }) {
  const { t } = useTranslation('application-and-cv');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const zone = organisation.timeZone;
  return (
    <section className="cv-section" aria-labelledby="cv-history-heading">
      <h2 id="cv-history-heading">{t('history.heading')}</h2>
      {history.length === 0 ? (
        <p className="empty">{t('history.none')}</p>
      ) : (
        <>
          <p className="muted small">{t('history.order')}</p>
          <ol className="cv-history panel" data-testid="history">
            {newestFirst(history, (event) => event.at).map((event) => {
              const sentence = historySentence(event, context);
              return (
                <li key={event.id}>
                  <time className="muted small cv-history-time" dateTime={event.at}>
                    {formatShortDateTime(event.at, zone, language)}
                  </time>
                  <span className="cv-history-text">
                    {t(`history.sentence.${sentence.key}`, resolve(sentence.values, t, zone, language))}
                    {sentence.quote !== undefined && <span className="cv-history-quote">{t('history.quote', { message: sentence.quote })}</span>}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
