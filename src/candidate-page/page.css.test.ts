import { describe, expect, it } from 'vitest';
import { COLOURS, PAGE_CSS } from './page.css.js';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

describe('PAGE_CSS', () => {
  it('draws text at a contrast of at least 4.5:1', () => {
    const pairs: [string, string][] = [
      [COLOURS.text, COLOURS.background],
      [COLOURS.mutedText, COLOURS.background],
      [COLOURS.text, COLOURS.statusBackground],
      [COLOURS.link, COLOURS.background],
      [COLOURS.linkHover, COLOURS.background],
      [COLOURS.onPrimary, COLOURS.primary],
      [COLOURS.onPrimary, COLOURS.primaryHover],
      [COLOURS.danger, COLOURS.background],
      [COLOURS.dangerHover, COLOURS.background],
      [COLOURS.onDanger, COLOURS.danger],
      [COLOURS.onDanger, COLOURS.dangerHover],
    ];
    for (const [foreground, background] of pairs) expect(contrast(foreground, background), `${foreground} on ${background}`).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the borders of controls, the focus ring and the status bar at a contrast of at least 3:1', () => {
    for (const colour of [COLOURS.controlBorder, COLOURS.focus, COLOURS.statusBorder]) {
      expect(contrast(colour, COLOURS.background)).toBeGreaterThanOrEqual(3);
    }
  });

  it('shows where the focus is', () => {
    expect(PAGE_CSS).toMatch(/:focus-visible \{\n\s+outline: 3px solid/);
  });

  it('makes buttons at least 44 px high, and form text at least 16 px so that phones do not zoom', () => {
    expect(PAGE_CSS).toMatch(/\.button \{[^}]*min-height: 3rem;/);
    expect(PAGE_CSS).toMatch(/textarea \{[^}]*font-size: 1rem;/);
  });

  it('fetches nothing else, which the CSP would refuse', () => {
    expect(PAGE_CSS).not.toMatch(/url\(|@import/);
  });
});
