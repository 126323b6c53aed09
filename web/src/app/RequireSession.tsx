import type { ReactNode } from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { chosenLanguage, languageToShow } from '../i18n/languages';
import { ErrorNotice } from '../ui/ErrorNotice';
import { PageLoading } from '../ui/PageLoading';
import { SignedInContext, useMe } from './session';

/**
 * The screens behind sign-in. Without a session (never signed in, signed out elsewhere, or expired) the user is
 * sent to sign-in with the address they wanted, and comes back to it after.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  const { i18n } = useTranslation();
  const organisationLanguage = me.data?.organisation.defaultLanguage ?? null;

  useEffect(() => {
    if (!organisationLanguage) return;
    const language = languageToShow(chosenLanguage(localStorage), organisationLanguage, navigator.languages);
    if (language !== i18n.language) void i18n.changeLanguage(language);
  }, [organisationLanguage, i18n]);

  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <SignedInContext value={me.data}>{children}</SignedInContext>;
}
