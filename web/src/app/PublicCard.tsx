import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';

/** The card the pages before sign-in stand on (sign-in, setup, passwords): the logo, the language, and the page. */
export function PublicCard({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <main className="sign-in" id="main">
      <div className={className ? `sign-in-card ${className}` : 'sign-in-card'}>
        <div className="sign-in-top">
          <span className="frame-logo" aria-hidden="true" />
          <LanguageSwitch />
        </div>
        {children}
      </div>
    </main>
  );
}
