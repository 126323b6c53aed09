import { describe, expect, it } from 'vitest';
import { reminderEmailBody } from './reminder-message.js';

describe('reminderEmailBody', () => {
  it('puts the signature after the body, with one blank line between', () => {
    expect(reminderEmailBody('Kære Søren\n\nHusk din samtale.', 'Venlig hilsen\n{sender}')).toBe(
      'Kære Søren\n\nHusk din samtale.\n\nVenlig hilsen\n{sender}',
    );
  });

  it('gives the body alone, without a blank line or trailing whitespace, when the signature is empty', () => {
    expect(reminderEmailBody('Husk din samtale.', '')).toBe('Husk din samtale.');
    expect(reminderEmailBody('Husk din samtale.\n\n', '')).toBe('Husk din samtale.');
    expect(reminderEmailBody('Husk din samtale.  \n', '  \n\t\n')).toBe('Husk din samtale.');
  });

  it('keeps exactly one blank line between them however many the recruiter left at the seam', () => {
    expect(reminderEmailBody('Husk din samtale.\n\n\n  \n', '\n\n  \nVenlig hilsen\nAnna  \n\n')).toBe(
      'Husk din samtale.\n\nVenlig hilsen\nAnna',
    );
    expect(reminderEmailBody('Husk din samtale.\r\n\r\n', '\r\nVenlig hilsen\r\nAnna\r\n')).toBe(
      'Husk din samtale.\n\nVenlig hilsen\r\nAnna',
    );
  });

  it('gives the signature alone when the body is empty', () => {
    expect(reminderEmailBody('', 'Venlig hilsen\nAnna')).toBe('Venlig hilsen\nAnna');
    expect(reminderEmailBody('  \n', 'Venlig hilsen\nAnna')).toBe('Venlig hilsen\nAnna');
  });

  it('gives an empty text when both are empty', () => {
    expect(reminderEmailBody('', '')).toBe('');
  });

  it('leaves the blank lines inside the body and the signature, and the indent of their first lines, as written', () => {
    expect(reminderEmailBody('  Kære Søren\n\n\nHusk din samtale.', '  Venlig hilsen\n\nAnna')).toBe(
      '  Kære Søren\n\n\nHusk din samtale.\n\n  Venlig hilsen\n\nAnna',
    );
  });
});
