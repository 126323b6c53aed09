import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file saved by a spreadsheet. Excel writes "CSV UTF-8" with a byte order mark, plain "CSV" in the
 * Windows code page (Windows-1252 in Denmark), and "Unicode text" as UTF-16 with a mark. Bytes that are not valid
 * UTF-8 are read as Windows-1252: a Danish text in it (æ, ø, å as single bytes) is never valid UTF-8, while UTF-8
 * read as Windows-1252 would silently turn "ø" into "Ã¸".
 */
export function decodeSpreadsheetText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // The decoder drops a UTF-8 byte order mark.
    return utf8.decode(bytes);
  } catch {
    // Not Node's TextDecoder: Node 20 decodes "windows-1252" as Latin-1, losing €, Š, " and the like (0x80–0x9F).
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
  }
}
