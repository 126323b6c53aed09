import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { Outlet, ScrollRestoration, useHref, useNavigate } from 'react-router';
import { useDocumentLanguage } from './useDocumentLanguage';

/** Lets the accessible widgets' links navigate inside the app instead of reloading the page. */
export function Root() {
  const navigate = useNavigate();
  useDocumentLanguage();
  return (
    <AriaRouterProvider navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <Outlet />
      <ScrollRestoration />
    </AriaRouterProvider>
  );
}
