import { useSyncExternalStore } from 'react';

/** Where the calendar's columns give way to a list of days (as in recruitment-calendar.css). */
const NARROW = '(max-width: 960px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** A month grid has no room on a phone: there it is a list of the days that have interviews. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
