import type { ReactNode } from 'react';
import { NavLink, Link as RouterLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useMe, useViewerCan, type Me } from '../../features/auth/hooks/useMe';
import { useSignOut } from '../../features/auth/hooks/useSession';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_ITEMS } from './nav';

function Shell({ me, children }: { me?: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const can = useViewerCan();
  const items = NAV_ITEMS.filter((item) => !item.ability || !!can?.[item.ability]);

  return (
    <div className="lk-shell">
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      <header className="lk-header">
        <div className="lk-header__bar lk-container">
          <RouterLink to="/" className="lk-header__brand">
            {t('app.name')}
          </RouterLink>
          <div className="lk-header__tools">
            <LanguageSwitch me={me} />
            {me && can?.createIdea && (
              <Button asChild data-size="sm">
                <RouterLink to="/ideer/ny">{t('app.newIdea')}</RouterLink>
              </Button>
            )}
            {me && (
              <div className="lk-header__person">
                <span className="lk-header__name">{me.name}</span>
                <Button variant="secondary" data-size="sm" onClick={() => void signOut()}>
                  {t('app.signOut')}
                </Button>
              </div>
            )}
          </div>
        </div>
        {me && (
          <nav aria-label={t('app.mainNav')} className="lk-nav">
            <ul className="lk-nav__list lk-container">
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="lk-nav__link">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="lk-main lk-container">
        {children}
      </main>
      <footer className="lk-footer">
        <div className="lk-container">
          <Paragraph data-size="sm">{t('app.footer')}</Paragraph>
        </div>
      </footer>
    </div>
  );
}

/** Layout for signed-in pages: header with person and navigation. */
export function AppLayout() {
  const me = useMe();
  return (
    <Shell me={me}>
      <Outlet />
    </Shell>
  );
}

/** Layout for sign-in and invitation pages. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return <Shell>{children ?? <Outlet />}</Shell>;
}
