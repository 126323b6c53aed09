import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** After Next, what still stands in the way, in the order of the fields; it takes the focus, so it is read out. */
export function OutstandingProblems({ summaryRef, texts }: { summaryRef: RefObject<HTMLDivElement | null>; texts: string[] | null }) {
  const { t } = useTranslation('invite-to-interview');
  return (
    <div ref={summaryRef} tabIndex={-1} className="iw-outstanding" role="alert" data-testid="outstanding">
      {texts && texts.length > 0 && (
        <div className="notice notice-error">
          <p>{t('errors.before')}</p>
          <ul>
            {texts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
