/**
 * Intl formatters cost far more to build than to use, and a bulk invitation formats thousands of dates; each
 * distinct locale and options is built once.
 */
function cached<F, O>(make: (locale: string, options: O) => F) {
  const cache = new Map<string, F>();
  return (locale: string, options: O): F => {
    const key = `${locale}\u0000${JSON.stringify(options)}`;
    let formatter = cache.get(key);
    if (!formatter) {
      formatter = make(locale, options);
      cache.set(key, formatter);
    }
    return formatter;
  };
}

export const dateTimeFormat = cached((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
export const numberFormat = cached((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
export const listFormat = cached((locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));
