import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** The card the pages before sign-in stand on: the logo, the language, and the page. */
export function PublicCard({ children }: { children: ReactNode }) {
  return (
    <main className="sign-in" id="main">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <span className="frame-logo" aria-hidden="true" />
          <LanguageSwitch />
        </div>
        {children}
      </div>
    </main>
  );
}
