/**
 * The tab's sessionStorage, or nothing where the browser refuses it (some private modes throw on the mere
 * access): what is kept there then lives only as long as the page.
 */
export function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
