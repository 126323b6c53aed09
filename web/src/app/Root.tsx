import { RouterProvider as AriaRouterProvider, I18nProvider } from 'react-aria-components';
import { Outlet, ScrollRestoration, useHref, useNavigate } from 'react-router';
import { LOCALES } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';
import { useDocumentLanguage } from './useDocumentLanguage';

/**
 * Lets the accessible widgets' links navigate inside the app instead of reloading the page, and has React Aria's
 * own words (a search field's clear button, a table's selection) and its dates and numbers follow the language on
 * screen rather than the browser's.
 */
export function Root() {
  const navigate = useNavigate();
  const language = useLanguage();
  useDocumentLanguage();
  return (
    <AriaRouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <I18nProvider locale={LOCALES[language]}>
        <Outlet />
        <ScrollRestoration />
      </I18nProvider>
    </AriaRouterProvider>
  );
}
