import { useEffect, useState } from 'react';

export const SEARCH_DELAY_MS = 300;

/**
 * The search box's own text, handed on `delay` ms after the last keystroke, so typing "Kjærgaard" asks the
 * server once. When the address changes by other means (back button, "Clear filters") the box follows it, except
 * for the echo of what was just handed on, which may already be behind what is typed since.
 */
export function useDebouncedSearch(fromAddress: string, commit: (text: string) => void, delay = SEARCH_DELAY_MS) {
  const [text, setText] = useState(fromAddress);
  const [seenAddress, setSeenAddress] = useState(fromAddress);
  const [committed, setCommitted] = useState(fromAddress);

  if (fromAddress !== seenAddress) {
    setSeenAddress(fromAddress);
    if (fromAddress !== committed) {
      setText(fromAddress);
      setCommitted(fromAddress);
    }
  }

  useEffect(() => {
    if (text === committed) return;
    const timer = window.setTimeout(() => {
      setCommitted(text);
      commit(text);
    }, delay);
    return () => window.clearTimeout(timer);
  }, [text, committed, commit, delay]);

  /** Set the text and hand it on at once (the clear button, "Clear filters"). */
  function setNow(next: string) {
    setText(next);
    setCommitted(next);
    commit(next);
  }

  /** Set the text that the address is about to hold anyway (the caller writes the address itself). */
  function setQuietly(next: string) {
    setText(next);
    setCommitted(next);
  }

  return { text, setText, setNow, setQuietly };
}
