/**
 * The one stylesheet of the candidate's pages. The pages are served under a CSP without 'unsafe-inline', so no
 * page carries a <style> element or a style attribute: the server serves this at PAGE_CSS_PATH, and every page
 * links it. Without it (an old browser, a blocked fetch) a page is still plain, readable, working HTML.
 */
export const PAGE_CSS_PATH = '/i/assets/page.css';

/**
 * The palette, named by role so the contrast of each pairing can be checked (render.test.ts): text at least
 * 4.5:1 against what it is drawn on (WCAG 1.4.3), borders of controls and the focus ring at least 3:1 (1.4.11).
 */
export const COLOURS = {
  background: '#ffffff',
  text: '#1a1a1a',
  mutedText: '#4a4a4a',
  link: '#0b4fb3',
  linkHover: '#083d8c',
  primary: '#0b4fb3',
  primaryHover: '#083d8c',
  onPrimary: '#ffffff',
  danger: '#a3161a',
  dangerHover: '#7d1013',
  onDanger: '#ffffff',
  controlBorder: '#6b6b6b',
  focus: '#0b4fb3',
  statusBackground: '#eef4fc',
  statusBorder: '#0b4fb3',
  rule: '#d0d0d0',
} as const;

const c = COLOURS;

// Sizes in rem so that a candidate's larger default font scales everything; 1rem is 16 px in every phone
// browser, and form controls at 16 px or more keep iOS Safari from zooming in on focus. Tap targets are 3rem
// (48 px) high, above the 44 px of WCAG 2.5.5 and Apple's guidelines. Long unbroken words (meeting URLs,
// e-mail-like company names) wrap rather than widen a 360 px screen.
export const PAGE_CSS = `*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  color-scheme: light;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: ${c.background};
  color: ${c.text};
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1.0625rem;
  line-height: 1.5;
  overflow-wrap: anywhere;
}

main {
  max-width: 36rem;
  margin: 0 auto;
  padding: 1.5rem 1rem 3rem;
}

h1 {
  font-size: 1.625rem;
  line-height: 1.25;
  margin: 0 0 1rem;
}

h2 {
  font-size: 1.25rem;
  line-height: 1.3;
  margin: 2rem 0 0.75rem;
}

p {
  margin: 0 0 1rem;
}

a {
  color: ${c.link};
  text-decoration: underline;
  text-underline-offset: 0.15em;
}

a:hover {
  color: ${c.linkHover};
}

/* A link on its own line, tapped on a phone: as tall as a button. */
.calendar-link {
  display: inline-block;
  padding: 0.75rem 0;
}

:focus-visible {
  outline: 3px solid ${c.focus};
  outline-offset: 3px;
}

.details {
  margin: 0 0 1.5rem;
  padding: 0;
}

.details > div {
  padding: 0.5rem 0;
  border-top: 1px solid ${c.rule};
}

.details > div:last-child {
  border-bottom: 1px solid ${c.rule};
}

.details dt {
  color: ${c.mutedText};
  font-size: 0.9375rem;
  font-weight: 600;
}

.details dd {
  margin: 0;
}

@media (min-width: 40rem) {
  .details > div {
    display: grid;
    grid-template-columns: 11rem 1fr;
    gap: 1rem;
  }
}

.status {
  padding: 0.75rem 1rem;
  border-left: 4px solid ${c.statusBorder};
  background: ${c.statusBackground};
}

.answer {
  margin: 0 0 0.75rem;
}

.button {
  display: block;
  width: 100%;
  min-height: 3rem;
  margin: 0;
  padding: 0.75rem 1rem;
  border: 2px solid ${c.text};
  border-radius: 0.5rem;
  background: ${c.background};
  color: ${c.text};
  font: inherit;
  font-weight: 600;
  line-height: 1.3;
  text-align: center;
  text-decoration: none;
  cursor: pointer;
}

.button:hover {
  background: ${c.statusBackground};
  color: ${c.text};
}

.button-primary {
  border-color: ${c.primary};
  background: ${c.primary};
  color: ${c.onPrimary};
}

.button-primary:hover {
  border-color: ${c.primaryHover};
  background: ${c.primaryHover};
  color: ${c.onPrimary};
}

.button-danger {
  border-color: ${c.danger};
  color: ${c.danger};
}

.button-danger:hover {
  background: ${c.background};
  border-color: ${c.dangerHover};
  color: ${c.dangerHover};
}

.button-danger-solid {
  border-color: ${c.danger};
  background: ${c.danger};
  color: ${c.onDanger};
}

.button-danger-solid:hover {
  border-color: ${c.dangerHover};
  background: ${c.dangerHover};
  color: ${c.onDanger};
}

.new-time {
  margin: 0 0 0.75rem;
  padding: 1rem;
  border: 1px solid ${c.rule};
  border-radius: 0.5rem;
}

label {
  display: block;
  margin: 0 0 0.25rem;
  font-weight: 600;
}

.hint {
  margin: 0 0 0.5rem;
  color: ${c.mutedText};
  font-size: 0.9375rem;
}

textarea {
  display: block;
  width: 100%;
  min-height: 6rem;
  margin: 0 0 0.75rem;
  padding: 0.5rem 0.75rem;
  border: 2px solid ${c.controlBorder};
  border-radius: 0.375rem;
  background: ${c.background};
  color: ${c.text};
  font: inherit;
  font-size: 1rem;
  resize: vertical;
}

/* The booking page's free times: one day a group, each time a whole-width row a thumb hits. */
.slot-day {
  margin: 0 0 1rem;
  padding: 0;
  border: 0;
}

.slot-day legend {
  margin: 0 0 0.5rem;
  font-weight: 600;
}

.slot {
  display: flex;
  align-items: center;
  gap: 0.75rem;
  min-height: 3rem;
  margin: 0 0 0.5rem;
  padding: 0 1rem;
  border: 2px solid ${c.controlBorder};
  border-radius: 0.5rem;
  font-weight: 400;
  cursor: pointer;
}

.slot input {
  width: 1.25rem;
  height: 1.25rem;
  margin: 0;
  accent-color: ${c.primary};
}

.slot:has(input:checked) {
  border-color: ${c.primary};
  background: ${c.statusBackground};
}

.seats {
  margin-left: auto;
  color: ${c.mutedText};
  font-size: 0.9375rem;
}

.withdraw {
  margin-top: 2rem;
  padding-top: 1rem;
  border-top: 1px solid ${c.rule};
}
`;
