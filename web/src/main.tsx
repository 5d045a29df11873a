import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './app/styles.css';
import { initI18n } from './i18n';
import { App } from './app/App';
import { trackInputModality } from './app/page';

trackInputModality();

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
