import { useCallback, useEffect, useState } from 'react';
import { tabStorage } from '../../app/tab-storage';
import { EMPTY_SELECTION, loadSelection, saveSelection, type Selection } from './selection';

/**
 * The applications ticked in this project, kept in the tab's sessionStorage: they stay ticked through filters,
 * searches, pages, a reload or a look at an applicant and back.
 */
export function useSelection(projectId: string) {
  const [selection, setSelection] = useState<Selection>(() => loadSelection(tabStorage(), projectId));

  const update = useCallback(
    (next: Selection) => {
      setSelection(next);
      saveSelection(tabStorage(), projectId, next);
    },
    [projectId],
  );

  const clear = useCallback(() => update(EMPTY_SELECTION), [update]);

  return { selection, update, clear };
}

/**
 * Escape anywhere on the page clears the selection, unless something else took the key first: an open dialog or
 * menu, or a search field clearing its text.
 */
export function useEscapeClears(clear: () => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [role="alertdialog"], [role="listbox"], [role="menu"]')) return;
      clear();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [clear, enabled]);
}
