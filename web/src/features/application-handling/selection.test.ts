import { describe, expect, it } from 'vitest';
import {
  EMPTY_SELECTION,
  loadSelection,
  pageState,
  parseSelection,
  saveSelection,
  selectedElsewhere,
  selectedOnPage,
  selectionOf,
  serializeSelection,
  storageKey,
  toggled,
  withoutSelected,
  withPageSelection,
  withSelected,
} from './selection';

const mette = { id: 'a1', name: 'Mette Kjærgaard', language: 'da', hasMobile: true };
const soeren = { id: 'a2', name: 'Søren Østergaard', language: 'da', hasMobile: true };
const line = { id: 'a3', name: 'Line Bæk', language: 'da', hasMobile: false };
const emma = { id: 'b1', name: 'Emma Thompson', language: 'en', hasMobile: true };
const page1 = [mette, soeren, line];

const ids = (selection: ReadonlyMap<string, unknown>) => [...selection.keys()];

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the selection of applications', () => {
  it('ticks and unticks one application', () => {
    const once = toggled(EMPTY_SELECTION, mette);
    expect(ids(once)).toEqual(['a1']);
    expect(ids(toggled(once, mette))).toEqual([]);
  });

  it('adds several at once without doubling any', () => {
    expect(ids(withSelected(selectionOf([mette]), [mette, soeren]))).toEqual(['a1', 'a2']);
  });

  it('removes the given applications and keeps the others', () => {
    expect(ids(withoutSelected(selectionOf([mette, soeren, emma]), ['a2']))).toEqual(['a1', 'b1']);
  });

  it('never changes the selection it was given', () => {
    const before = selectionOf([mette]);
    toggled(before, soeren);
    withSelected(before, [line]);
    withoutSelected(before, ['a1']);
    withPageSelection(before, page1, 'all');
    expect(ids(before)).toEqual(['a1']);
  });

  it('knows which rows of the page are ticked and whether the page is wholly ticked', () => {
    expect(pageState(EMPTY_SELECTION, page1)).toBe('none');
    expect(pageState(selectionOf([soeren, emma]), page1)).toBe('some');
    expect(pageState(selectionOf([mette, soeren, line]), page1)).toBe('all');
    expect([...selectedOnPage(selectionOf([soeren, emma]), page1)]).toEqual(['a2']);
  });

  it('counts what is selected but not on the page', () => {
    expect(selectedElsewhere(selectionOf([soeren, emma]), page1)).toBe(1);
  });
});

describe("the table's ticks on one page", () => {
  it("add every row of the page when the header checkbox gives 'all'", () => {
    expect(ids(withPageSelection(selectionOf([emma]), page1, 'all'))).toEqual(['b1', 'a1', 'a2', 'a3']);
  });

  it("remove only this page's rows when the header checkbox is unticked", () => {
    expect(ids(withPageSelection(selectionOf([emma, mette, soeren, line]), page1, new Set()))).toEqual(['b1']);
  });

  it('tick one more row of the page and keep the rows of other pages', () => {
    expect(ids(withPageSelection(selectionOf([emma, mette]), page1, new Set(['a1', 'a3'])))).toEqual(['b1', 'a1', 'a3']);
  });

  it('untick one row of the page and keep the rows of other pages', () => {
    expect(ids(withPageSelection(selectionOf([emma, mette, soeren]), page1, new Set(['a2'])))).toEqual(['b1', 'a2']);
  });

  it('ignore ids that are not rows of the page', () => {
    expect(ids(withPageSelection(EMPTY_SELECTION, page1, new Set(['zz', 'a1'])))).toEqual(['a1']);
  });
});

describe('the stored selection', () => {
  it('is read back as it was written, names, languages and mobile numbers included', () => {
    const selection = selectionOf([mette, emma]);
    expect([...parseSelection(serializeSelection(selection)).values()]).toEqual([mette, emma]);
  });

  it('is empty when nothing readable was stored', () => {
    for (const stored of [null, '', 'not json', '{"a1":true}', '42', 'null']) expect(parseSelection(stored).size).toBe(0);
  });

  it('leaves out entries of another shape', () => {
    expect(ids(parseSelection('[{"id":"a1","name":"Mette"},{"id":7},"a2",null,{"id":"","name":"x"}]'))).toEqual(['a1']);
  });

  it('still loads entries stored before language and mobile were kept, with the language unknown and no mobile known', () => {
    expect([...parseSelection('[{"id":"a1","name":"Mette"}]').values()]).toEqual([{ id: 'a1', name: 'Mette', language: '', hasMobile: false }]);
  });

  it('is kept per project and forgotten when emptied', () => {
    const storage = memoryStorage();
    saveSelection(storage, 'p1', selectionOf([mette]));
    expect(ids(loadSelection(storage, 'p1'))).toEqual(['a1']);
    expect(loadSelection(storage, 'p2').size).toBe(0);
    saveSelection(storage, 'p1', EMPTY_SELECTION);
    expect(storage.items.has(storageKey('p1'))).toBe(false);
  });

  it('survives a storage that refuses to work', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadSelection(broken, 'p1').size).toBe(0);
    expect(() => saveSelection(broken, 'p1', selectionOf([mette]))).not.toThrow();
    expect(loadSelection(undefined, 'p1').size).toBe(0);
  });
});
