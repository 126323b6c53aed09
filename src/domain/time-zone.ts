/**
 * The IANA name of a time zone as written loosely ("europe/copenhagen"), in its canonical spelling, or null when
 * it is not one. Fixed offsets ("+01:00") are refused: they know no summer time, so interviews would drift an hour.
 */
export function canonicalTimeZone(written: string): string | null {
  const zone = written.trim();
  if (!/^[A-Za-z]/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
