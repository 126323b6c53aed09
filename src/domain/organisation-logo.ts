import { createHash } from 'node:crypto';

/** Big enough for any sensible logo, small enough to sit in the database and in every email client's cache. */
export const MAX_LOGO_BYTES = 200_000;

export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];

const EXTENSIONS: Record<LogoMediaType, string> = { 'image/png': 'png', 'image/jpeg': 'jpg' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: number[]) => bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/**
 * What the bytes are, read from their first bytes rather than from the name or type the browser gave: an SVG (which
 * can carry script) or an HTML page renamed to logo.png must never be served as an image of the organisation.
 */
export function logoMediaType(bytes: Uint8Array): LogoMediaType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  return null;
}

export type LogoProblem = 'empty' | 'too_large' | 'not_png_or_jpeg';

export interface CheckedLogo {
  mediaType: LogoMediaType;
  contentHash: string;
}

export function checkedLogo(bytes: Uint8Array): { ok: true; logo: CheckedLogo } | { ok: false; problem: LogoProblem } {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: 'too_large' };
  const mediaType = logoMediaType(bytes);
  if (!mediaType) return { ok: false, problem: 'not_png_or_jpeg' };
  return { ok: true, logo: { mediaType, contentHash: createHash('sha256').update(bytes).digest('hex') } };
}

/** The logo's file name: its hash, so the address cannot be guessed and changes whenever the logo does. */
export function logoFileName(logo: CheckedLogo): string {
  return `${logo.contentHash}.${EXTENSIONS[logo.mediaType]}`;
}

const FILE_NAME = /^([0-9a-f]{64})\.(png|jpg)$/;

/** The hash and type a logo's file name stands for; null for a name no logo could have. */
export function parseLogoFileName(name: string): CheckedLogo | null {
  const [, contentHash, extension] = FILE_NAME.exec(name) ?? [];
  if (!contentHash) return null;
  return { contentHash, mediaType: extension === 'png' ? 'image/png' : 'image/jpeg' };
}

/** Where email clients fetch the logo: an absolute address, since an email has no base of its own. */
export function logoUrl(publicUrl: URL, logo: CheckedLogo): string {
  return new URL(`/logos/${logoFileName(logo)}`, publicUrl).toString();
}
