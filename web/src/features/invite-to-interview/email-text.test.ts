import { describe, expect, it } from 'vitest';
import { textPieces } from './email-text';

describe("an email's text as the preview shows it", () => {
  it('keeps a text without links whole', () => {
    expect(textPieces('Kære Mette\n\nVi ses.')).toEqual([{ kind: 'text', text: 'Kære Mette\n\nVi ses.' }]);
  });

  it('cuts out each link, leaving the punctuation after it as text', () => {
    expect(textPieces('Svar her: https://samtale.example/i/abc. Tak')).toEqual([
      { kind: 'text', text: 'Svar her: ' },
      { kind: 'link', href: 'https://samtale.example/i/abc', text: 'https://samtale.example/i/abc' },
      { kind: 'text', text: '. Tak' },
    ]);
  });

  it('finds a link used twice both times', () => {
    expect(textPieces('https://a.example/x og https://a.example/x')).toEqual([
      { kind: 'link', href: 'https://a.example/x', text: 'https://a.example/x' },
      { kind: 'text', text: ' og ' },
      { kind: 'link', href: 'https://a.example/x', text: 'https://a.example/x' },
    ]);
  });

  it('shows a link as it reads, keeping the address it goes to', () => {
    expect(textPieces('https://a.example/i/%E2%80%A6')).toEqual([{ kind: 'link', href: 'https://a.example/i/%E2%80%A6', text: 'https://a.example/i/…' }]);
  });

  it('is nothing for no text', () => {
    expect(textPieces('')).toEqual([]);
  });
});
