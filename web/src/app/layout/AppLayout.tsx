import { Suspense, useEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { NavLink, Link as RouterLink, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from '../../i18n/useTranslation';
import { Button, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useMe, useViewerCan, type Me } from '../session/useMe';
import { useSignOut } from '../session/useSession';
import { LanguageSwitch } from './LanguageSwitch';
import { NAV_ITEMS } from './nav';
import { lazyWithTexts } from '../lazyWithTexts';

// The unread count and its live updates load after the shell (they are not needed to paint it).
const UnreadBadge = lazyWithTexts(() => import('./UnreadBadge'), ['notifications']);

const MENU_ID = 'lk-header-menu';
const NAV_ID = 'lk-header-nav';

function Shell({ me, children }: { me?: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const can = useViewerCan();
  const location = useLocation();
  const menuButton = useRef<HTMLButtonElement>(null);
  // The phone menu is open for the page it was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === location.key;
  const items = NAV_ITEMS.filter((item) => !item.ability || !!can?.[item.ability]);

  const header = useRef<HTMLElement>(null);

  // Esc closes the open menu wherever focus is (tabbed out of it, or on the page after a
  // click), unless something in front of it (a dialog) took the key; focus goes back to the
  // button only from inside the header.
  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      setOpenOn(null);
      if (header.current?.contains(document.activeElement)) menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  // Tabbing (or clicking a control) out of the header closes the menu: it would otherwise
  // stay open over the page, announced as expanded, with focus elsewhere.
  const onHeaderBlur = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (menuOpen && to instanceof Node && !event.currentTarget.contains(to)) setOpenOn(null);
  };

  return (
    <div className="lk-shell">
      <SkipLink href="#main">{t('app.skipLink')}</SkipLink>
      {/* Below 48rem the tools and the navigation fold into a disclosure behind "Meny". */}
      <header
        className="lk-header"
        ref={header}
        data-menu={me ? (menuOpen ? 'open' : 'closed') : undefined}
        onBlur={onHeaderBlur}
      >
        <div className="lk-header__bar lk-container">
          <RouterLink to="/" className="lk-header__brand">
            {t('app.name')}
          </RouterLink>
          <div className="lk-header__quick">
            {me && (
              <Suspense fallback={null}>
                <UnreadBadge />
              </Suspense>
            )}
            {me && can?.createIdea && (
              <Button asChild data-size="sm">
                <RouterLink to="/ideer/ny">{t('app.newIdea')}</RouterLink>
              </Button>
            )}
            {me && (
              <Button
                ref={menuButton}
                variant="secondary"
                data-size="sm"
                className="lk-header__menu-button"
                aria-expanded={menuOpen}
                aria-controls={`${MENU_ID} ${NAV_ID}`}
                onClick={() => setOpenOn(menuOpen ? null : location.key)}
              >
                {t('app.menu')}
              </Button>
            )}
          </div>
          <div className="lk-header__tools" id={MENU_ID}>
            <LanguageSwitch me={me} />
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
          <nav aria-label={t('app.mainNav')} className="lk-nav" id={NAV_ID}>
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
          <Paragraph data-size="sm">
            <Link asChild>
              <RouterLink to="/tilgjengelighet">{t('app.accessibilityLink')}</RouterLink>
            </Link>
          </Paragraph>
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
