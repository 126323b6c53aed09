/**
 * The applications ticked in one project, kept while the recruiter filters, searches, sorts and turns pages, so
 * applicants found in several searches can be invited together. Each keeps what the Invite to interview wizard
 * shows of it (name, language, whether there is a mobile number to remind by SMS), so the selection can be listed
 * and invited even when its rows are not on screen. Insertion order is the order they were ticked.
 */
export interface SelectedApplication {
  id: string;
  name: string;
  /** The candidate's language; '' when unknown, and the organisation's is used. */
  language: string;
  hasMobile: boolean;
}

export type Selection = ReadonlyMap<string, SelectedApplication>;

export const EMPTY_SELECTION: Selection = new Map();

export function selectionOf(applications: readonly SelectedApplication[]): Selection {
  return new Map(applications.map((application) => [application.id, application]));
}

export function toggled(selection: Selection, application: SelectedApplication): Selection {
  const next = new Map(selection);
  if (next.has(application.id)) next.delete(application.id);
  else next.set(application.id, application);
  return next;
}

export function withSelected(selection: Selection, applications: readonly SelectedApplication[]): Selection {
  const next = new Map(selection);
  for (const application of applications) if (!next.has(application.id)) next.set(application.id, application);
  return next;
}

export function withoutSelected(selection: Selection, ids: Iterable<string>): Selection {
  const next = new Map(selection);
  for (const id of ids) next.delete(id);
  return next;
}

/** The ids of this page's rows that are selected: what the table shows ticked. */
export function selectedOnPage(selection: Selection, pageRows: readonly { id: string }[]): Set<string> {
  return new Set(pageRows.filter((row) => selection.has(row.id)).map((row) => row.id));
}

export function pageState(selection: Selection, pageRows: readonly { id: string }[]): 'none' | 'some' | 'all' {
  const ticked = selectedOnPage(selection, pageRows).size;
  if (ticked === 0) return 'none';
  return ticked === pageRows.length ? 'all' : 'some';
}

/**
 * The table reports what it now shows ticked on this page: 'all' (the page's header checkbox) or a set of ids.
 * Rows on other pages, or hidden by a filter, keep their place in the selection; only this page's rows change.
 */
export function withPageSelection(selection: Selection, pageRows: readonly SelectedApplication[], ticked: 'all' | Iterable<unknown>): Selection {
  const tickedIds = ticked === 'all' ? null : new Set([...ticked].map(String));
  const next = new Map(selection);
  for (const row of pageRows) {
    if (tickedIds === null || tickedIds.has(row.id)) {
      if (!next.has(row.id)) next.set(row.id, row);
    } else {
      next.delete(row.id);
    }
  }
  return next;
}

/** How many of the selected applications are not among the rows on screen. */
export function selectedElsewhere(selection: Selection, pageRows: readonly { id: string }[]): number {
  return selection.size - selectedOnPage(selection, pageRows).size;
}

// Kept in sessionStorage per project: a reload or a visit to an applicant and back keeps the selection, a new tab
// or a new day starts empty.

export function storageKey(projectId: string): string {
  return `samtale.application-handling.selection.${projectId}`;
}

export function serializeSelection(selection: Selection): string {
  return JSON.stringify([...selection.values()].map(({ id, name, language, hasMobile }) => ({ id, name, language, hasMobile })));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * One stored entry, or null when it is unreadable. Entries stored before language and mobile were kept have only
 * id and name: they load with the language unknown and no mobile number known, so an SMS reminder warns of them.
 */
function storedApplication(item: unknown): SelectedApplication | null {
  if (!isRecord(item) || typeof item.id !== 'string' || item.id === '' || typeof item.name !== 'string') return null;
  return {
    id: item.id,
    name: item.name,
    language: typeof item.language === 'string' ? item.language : '',
    hasMobile: item.hasMobile === true,
  };
}

/** Whatever was stored, a selection: anything unreadable (edited by hand, an older shape) is left out. */
export function parseSelection(stored: string | null): Selection {
  if (!stored) return EMPTY_SELECTION;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return EMPTY_SELECTION;
  }
  if (!Array.isArray(value)) return EMPTY_SELECTION;
  return selectionOf(value.map(storedApplication).filter((application) => application !== null));
}

export function loadSelection(storage: Pick<Storage, 'getItem'> | undefined, projectId: string): Selection {
  try {
    return parseSelection(storage?.getItem(storageKey(projectId)) ?? null);
  } catch {
    return EMPTY_SELECTION;
  }
}

export function saveSelection(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, projectId: string, selection: Selection): void {
  try {
    if (selection.size === 0) storage?.removeItem(storageKey(projectId));
    else storage?.setItem(storageKey(projectId), serializeSelection(selection));
  } catch {
    // Storage full or refused (private mode): the selection still lives on this page.
  }
}
