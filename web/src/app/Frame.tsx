import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { api, unwrap } from '../api/client';
import { Button } from '../ui/Button';
import { ADMINISTRATION_PATHS } from './AdministrationLayout';
import { LanguageSwitch } from './LanguageSwitch';
import { useSignedIn } from './session';

/** Every screen behind sign-in: the quick links, who is signed in and in what role, the language, sign out. */
export function Frame() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const signOut = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    // A fresh page: nothing of this user's data stays in memory for whoever signs in next on this browser.
    onSettled: () => window.location.assign('/login'),
  });
  const { mailbox, sms } = me.developmentTransports;
  const { pathname } = useLocation();
  const inAdministration = ADMINISTRATION_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));

  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        {t('frame.skipToContent')}
      </a>
      <header className="frame-header">
        <div className="frame-brand">
          <span className="frame-logo" aria-hidden="true" />
          <span className="frame-organisation">{me.organisation.name}</span>
        </div>
        <nav className="frame-nav" aria-label={t('frame.quickLinks')}>
          <NavLink to="/projects">{t('frame.recruitmentOverview')}</NavLink>
          <NavLink to="/calendar">{t('frame.recruitmentCalendar')}</NavLink>
          {(mailbox || sms) && <NavLink to="/messages">{t('frame.messages')}</NavLink>}
          {me.role === 'admin' && (
            <NavLink to="/settings" className={inAdministration ? 'active' : undefined}>
              {t('frame.administration')}
            </NavLink>
          )}
        </nav>
        <div className="frame-user">
          <Link className="frame-user-name" to="/change-password" title={t('frame.changePassword')}>
            {me.name}
            <span className="frame-user-role">{t(`frame.role.${me.role}`)}</span>
            <span className="visually-hidden">{t('frame.changePassword')}</span>
          </Link>
          <LanguageSwitch />
          <Button variant="quiet" onPress={() => signOut.mutate()} isPending={signOut.isPending}>
            {t('frame.signOut')}
          </Button>
        </div>
      </header>
      <main id="main" className="frame-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
