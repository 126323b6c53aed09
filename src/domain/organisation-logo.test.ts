import { describe, expect, it } from 'vitest';
import { JPEG_IMAGE, pngImage, SVG_IMAGE } from '../../test/support/images.js';
import { checkedLogo, fittedSize, imageSize, logoFileName, MAX_LOGO_BYTES, parseLogoFileName } from './organisation-logo.js';

describe('checkedLogo', () => {
  it('takes a PNG and a JPEG by their first bytes, named by the SHA-256 of the bytes', () => {
    const png = checkedLogo(pngImage());
    expect(png).toMatchObject({ ok: true, logo: { mediaType: 'image/png' } });
    expect(png.ok && png.logo.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(checkedLogo(JPEG_IMAGE)).toMatchObject({ ok: true, logo: { mediaType: 'image/jpeg' } });
  });

  it('refuses an SVG, a file that only starts like an image, an empty one and one over the limit', () => {
    expect(checkedLogo(SVG_IMAGE)).toEqual({ ok: false, problem: 'not_png_or_jpeg' });
    expect(checkedLogo(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 2]))).toEqual({ ok: false, problem: 'not_png_or_jpeg' });
    expect(checkedLogo(Buffer.alloc(0))).toEqual({ ok: false, problem: 'empty' });
    expect(checkedLogo(pngImage({ padTo: MAX_LOGO_BYTES + 1 }))).toEqual({ ok: false, problem: 'too_large' });
  });
});

describe('imageSize', () => {
  it("reads a PNG's and a JPEG's size from their headers", () => {
    expect(imageSize(pngImage({ width: 360, height: 96 }), 'image/png')).toEqual({ width: 360, height: 96 });
    expect(imageSize(JPEG_IMAGE, 'image/jpeg')).toEqual({ width: 8, height: 8 });
  });
});

describe('fittedSize', () => {
  it('scales a large image down into 240 × 80 in proportion, and leaves a small one as it is', () => {
    expect(fittedSize({ width: 360, height: 96 })).toEqual({ width: 240, height: 64 });
    expect(fittedSize({ width: 400, height: 400 })).toEqual({ width: 80, height: 80 });
    expect(fittedSize({ width: 5000, height: 10 })).toEqual({ width: 240, height: 1 });
    expect(fittedSize({ width: 8, height: 8 })).toEqual({ width: 8, height: 8 });
  });
});

describe('the file name of a logo', () => {
  it('is read back as the hash and type it was made from, and nothing else is', () => {
    const logo = { contentHash: 'a'.repeat(64), mediaType: 'image/jpeg' as const };
    expect(parseLogoFileName(logoFileName(logo))).toEqual(logo);
    expect(parseLogoFileName(`${'a'.repeat(64)}.gif`)).toBeNull();
    expect(parseLogoFileName(`${'A'.repeat(64)}.png`)).toBeNull();
    expect(parseLogoFileName('../secret.png')).toBeNull();
  });
});
