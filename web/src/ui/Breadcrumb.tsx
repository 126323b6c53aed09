import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** Where the step leads; the page the reader is on has none. */
  to?: string;
}

/**
 * Where a page sits, from the Recruitment overview down: each step back is a link, the page the reader is on (a
 * step without `to`) is marked as the current one. The separators are drawn by styles.css.
 */
export function Breadcrumb({ items }: { items: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumb">
      <ol>
        {items.map((item, index) =>
          item.to === undefined ? (
            <li key={index} aria-current="page">
              {item.label}
            </li>
          ) : (
            <li key={index}>
              <Link to={item.to}>{item.label}</Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
