import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { Button } from '../ui/Button';
import { LanguageSwitch } from './LanguageSwitch';
import { ME_QUERY_KEY } from './query-client';
import { useSignedIn } from './session';

/** Every screen behind sign-in: the quick links, who is signed in and in what role, the language, sign out. */
export function Frame() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      void navigate('/login', { replace: true });
    },
  });
  const { mailbox, sms } = me.developmentTransports;

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
          {(mailbox || sms) && <NavLink to="/messages">{t('frame.messages')}</NavLink>}
        </nav>
        <div className="frame-user">
          <span className="frame-user-name">
            {me.name}
            <span className="frame-user-role">{t(`frame.role.${me.role}`)}</span>
          </span>
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
