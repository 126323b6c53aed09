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

export interface ImageSize {
  width: number;
  height: number;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** A JPEG's size from its start-of-frame segment, walking the segments before it; null if it has none. */
function jpegSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (SOF_MARKERS.has(marker)) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

/** The image's size in pixels, read from its header; null when the header does not say it. */
export function imageSize(bytes: Uint8Array, mediaType: LogoMediaType): ImageSize | null {
  if (mediaType === 'image/jpeg') return jpegSize(bytes);
  if (bytes.length < 24) return null;
  // The IHDR chunk comes first, its width and height right after its type.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The logo's box at the top of an email: as wide as a phone's line allows, as tall as a header should be. */
export const LOGO_BOX: ImageSize = { width: 240, height: 80 };

/** The size to show an image at within a box: scaled down to fit, in proportion, never up; at least a pixel each way. */
export function fittedSize(size: ImageSize, box: ImageSize = LOGO_BOX): ImageSize {
  const scale = Math.min(1, box.width / size.width, box.height / size.height);
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** The logo as an email shows it: where to fetch it, and the size to show it at. */
export interface EmailLogo extends ImageSize {
  url: string;
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
  // An image whose header gives no size is no image a mail program could show either.
  const size = mediaType && imageSize(bytes, mediaType);
  if (!mediaType || !size || size.width === 0 || size.height === 0) return { ok: false, problem: 'not_png_or_jpeg' };
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
