/** A text needing more SMS segments than this is refused: each segment is billed, and phones show a long SMS poorly. */
export const MAX_SMS_SEGMENTS = 6;

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegments {
  encoding: SmsEncoding;
  /** How many SMS the text is sent as; 0 for an empty text, which is nothing to send. */
  segments: number;
  /**
   * The length counted against the limits below: GSM-7 septets (an extension character such as € takes two) or
   * UCS-2 UTF-16 code units (an emoji outside the Basic Multilingual Plane takes two). This, not the number of
   * letters, is what "160 characters" means to the recruiter reading the preview.
   */
  characters: number;
}

// GSM 03.38 (3GPP TS 23.038) default alphabet, as Unicode; the escape code 0x1B is not a character of its own.
// It holds æ ø å Æ Ø Å and ä ö Ä Ö, so Danish, Norwegian and Swedish texts stay GSM-7.
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// The extension table: each is sent as the escape code and a second septet, so it counts double.
const GSM_EXTENSION = new Set('\f^{}\\[]~|€');

interface Limits {
  /** Capacity of a message sent on its own. */
  single: number;
  /** Capacity of each part of a concatenated message, after the 6-octet header that lets phones join the parts. */
  concatenated: number;
}

const LIMITS: Record<SmsEncoding, Limits> = {
  'GSM-7': { single: 160, concatenated: 153 },
  'UCS-2': { single: 70, concatenated: 67 },
};

function isGsm7(codePoint: string): boolean {
  return GSM_BASIC.has(codePoint) || GSM_EXTENSION.has(codePoint);
}

/**
 * How many segments `text` is sent as, and in which encoding. One character outside GSM-7 makes the whole text UCS-2,
 * which holds less than half as much per segment.
 *
 * Senders do not split an escape sequence or a surrogate pair between two segments (the receiving phone could not
 * put it together again), so a part that cannot take the whole character closes a little short: 152 letters, €
 * and 152 letters are 306 septets, yet 3 segments, not 2.
 */
export function smsSegments(text: string): SmsSegments {
  // Code points, not UTF-16 units: an emoji is one character of two units, and must not be split.
  const codePoints = Array.from(text);
  const encoding: SmsEncoding = codePoints.every(isGsm7) ? 'GSM-7' : 'UCS-2';
  const sizes = codePoints.map((codePoint) =>
    encoding === 'GSM-7' ? (GSM_EXTENSION.has(codePoint) ? 2 : 1) : codePoint.length,
  );
  const characters = sizes.reduce((sum, size) => sum + size, 0);
  return { encoding, segments: segmentCount(sizes, characters, LIMITS[encoding]), characters };
}

function segmentCount(sizes: number[], characters: number, limits: Limits): number {
  if (characters === 0) return 0;
  if (characters <= limits.single) return 1;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > limits.concatenated) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}

// Typographic punctuation that word processors and phones put in by themselves, each with a plain GSM-7 equivalent.
// Without this, one en dash (as in the interview time "09.00–09.45") turns a text into UCS-2 and more than halves
// what each segment holds.
const PLAIN_EQUIVALENTS: Record<string, string> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2212': '-', // minus sign
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u2032': "'", // prime
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"', // « », the Norwegian quotation marks
  '\u00BB': '"',
  '\u2033': '"', // double prime
  '\u2026': '...',
  '\u00A0': ' ', // no-break space
  '\u2007': ' ', // figure space
  '\u2009': ' ', // thin space
  '\u202F': ' ', // narrow no-break space, which Intl puts in some formatted dates and numbers
  '\t': ' ',
  '\u00AD': '', // soft hyphen: invisible unless a line breaks there, which an SMS does not
  '\u200B': '', // zero-width space
};
const REPLACEABLE = new RegExp(`[${Object.keys(PLAIN_EQUIVALENTS).join('')}]`, 'gu');

/**
 * `text` with typographic dashes, quotation marks, ellipses and special spaces replaced by their plain GSM-7
 * equivalents; everything else is left as it is. Apply it to the whole rendered SMS before counting and sending it,
 * so the preview counts what is sent.
 */
export function plainSmsText(text: string): string {
  return text.replace(REPLACEABLE, (character) => PLAIN_EQUIVALENTS[character] ?? character);
}
