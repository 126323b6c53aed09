import { describe, expect, it } from 'vitest';
import { withLinksInNewTab } from './framed-html.js';

describe('withLinksInNewTab', () => {
  it('puts the base target right after the opening head tag, attributes and case notwithstanding', () => {
    expect(withLinksInNewTab('<HTML><HEAD lang="da"><title>x</title></HEAD><body></body></HTML>')).toBe(
      '<HTML><HEAD lang="da"><base target="_blank"><title>x</title></HEAD><body></body></HTML>',
    );
  });

  it('takes a <header> for body content, not for the head', () => {
    expect(withLinksInNewTab('<header>Nordhavn</header><a href="/x">x</a>')).toBe('<base target="_blank"><header>Nordhavn</header><a href="/x">x</a>');
  });
});
