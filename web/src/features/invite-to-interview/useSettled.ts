import { useEffect, useState } from 'react';

/** Long enough to wait out typing a time, short enough that the preview follows the recruiter's choices. */
export const PREVIEW_DELAY_MS = 400;

/**
 * `value` once it has stayed the same for `delay` ms: the preview asks the server when the recruiter pauses, not at
 * every keystroke. Compared by content (it must be plain JSON), so a new object with the same fields does not start
 * the wait again.
 */
export function useSettled<T>(value: T, delay: number): T {
  const content = JSON.stringify(value);
  const [settled, setSettled] = useState(content);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(content), delay);
    return () => window.clearTimeout(timer);
  }, [content, delay]);
  return JSON.parse(settled) as T;
}
