/**
 * Where to go after signing in: only a path of this app. `next` comes from the address bar, so anything that
 * could lead off the site (`//evil.example`, `https:…`, `/\evil`) is replaced by the start page.
 */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/projects';
  return next;
}
