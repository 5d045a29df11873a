import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './app/styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';
import { client } from './app/apollo';
import { trackInputModality } from './app/page';
import { isPublicPath, preloadPage } from './app/routes';
import { MeQuery } from './app/session/graphql';

trackInputModality();

// The first page's code, the session and the texts load side by side rather than one after
// the other (issue 8): RequireAuth finds the session in the cache (or in flight) when it asks.
const { pathname } = window.location;
preloadPage(pathname, { texts: false });
if (!isPublicPath(pathname)) void client.query({ query: MeQuery }).catch(() => undefined);

void initI18n().then(() => {
  preloadPage(pathname, { texts: true });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
