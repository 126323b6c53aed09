import { describe, expect, it } from 'vitest';
import { isAnswerPageLink, linksIn } from './links';

describe('the links in a text', () => {
  it('finds every http and https link in the order they appear', () => {
    expect(linksIn('Answer here: https://samtale.example/i/abc123\nOr read http://example.com/about first')).toEqual([
      'https://samtale.example/i/abc123',
      'http://example.com/about',
    ]);
  });

  it('leaves out the punctuation that ends a sentence or encloses the link', () => {
    expect(linksIn('See https://example.com/a. Then https://example.com/b, and (https://example.com/c).')).toEqual([
      'https://example.com/a',
      'https://example.com/b',
      'https://example.com/c',
    ]);
    expect(linksIn('Quoted “https://example.com/d” and <https://example.com/e>! Really https://example.com/f?')).toEqual([
      'https://example.com/d',
      'https://example.com/e',
      'https://example.com/f',
    ]);
  });

  it("keeps a closing bracket that belongs to the link's own pair", () => {
    expect(linksIn('Read https://en.wikipedia.org/wiki/Interview_(disambiguation).')).toEqual(['https://en.wikipedia.org/wiki/Interview_(disambiguation)']);
  });

  it('keeps query strings and fragments', () => {
    expect(linksIn('Join https://meet.example/room?id=7&lang=da#start, please')).toEqual(['https://meet.example/room?id=7&lang=da#start']);
  });

  it('lists a link that appears twice once', () => {
    expect(linksIn('https://example.com/i/x and again https://example.com/i/x.')).toEqual(['https://example.com/i/x']);
  });

  it('ignores other schemes and text that only looks like a link', () => {
    expect(linksIn('mailto:anna@demo.example, ftp://files.example, javascript:alert(1), https:// and www.example.com')).toEqual([]);
  });

  it('finds nothing in a text without links', () => {
    expect(linksIn('')).toEqual([]);
    expect(linksIn('Kære Maja, vi glæder os til at se dig.')).toEqual([]);
  });
});

describe('a link to the answer page', () => {
  it('is one whose path is /i/ and a token, on any host', () => {
    expect(isAnswerPageLink('http://localhost:3000/i/23nQI1eF6XDtrcK6VNpyaPX')).toBe(true);
    expect(isAnswerPageLink('https://samtale.example/i/abc/')).toBe(true);
  });

  it('is not any other link', () => {
    expect(isAnswerPageLink('https://meet.example/nordhavn-bogholder')).toBe(false);
    expect(isAnswerPageLink('https://samtale.example/i/')).toBe(false);
    expect(isAnswerPageLink('https://samtale.example/i/abc/more')).toBe(false);
    expect(isAnswerPageLink('not a link')).toBe(false);
  });
});
