import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useSignedIn } from './session';

/** The screens an administrator keeps the organisation with, each a tab under the frame's one Administration link. */
export const ADMINISTRATION_PATHS = ['/settings', '/users', '/templates', '/integrations'] as const;

/**
 * Administration's tabs above its screens: a top bar of a link per screen no longer fits beside who is signed in
 * at 1280 px. A recruiter who reaches one of the addresses sees the screen's own "administrators only" instead.
 */
export function AdministrationLayout() {
  const { t } = useTranslation();
  const me = useSignedIn();
  return (
    <>
      {me.role === 'admin' && (
        <nav className="administration-tabs" aria-label={t('frame.administration')}>
          {ADMINISTRATION_PATHS.map((path) => (
            <NavLink key={path} to={path}>
              {t(`administration.${path.slice(1)}`)}
            </NavLink>
          ))}
        </nav>
      )}
      <Outlet />
    </>
  );
}
