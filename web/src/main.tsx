import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startI18n } from './i18n/i18n';
import { chosenLanguage, languageToShow } from './i18n/languages';
import './ui/styles.css';

// Before sign-in the organisation is unknown: the user's remembered choice, else the browser's language.
void startI18n(languageToShow(chosenLanguage(localStorage), null, navigator.languages)).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
