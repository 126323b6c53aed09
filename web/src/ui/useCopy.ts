import { useState } from 'react';

/**
 * Copying a text to the clipboard, and whether it worked: a browser may refuse (no permission, no secure context),
 * and the user must then be told to copy it by hand.
 */
export function useCopy() {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }
  return { outcome, copy, forget: () => setOutcome(null) };
}
