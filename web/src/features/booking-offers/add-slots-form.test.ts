import { describe, expect, it } from 'vitest';
import { addSlotsBody, addSlotsSchema, serverProblems } from './add-slots-form';

const issues = (values: unknown) => {
  const result = addSlotsSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
};

describe('the form that adds times to an offer', () => {
  it('takes a window and a single slot, and sends only what was given', () => {
    const values = { windows: [{ date: '2026-12-10', from: '13:00', to: '15:00' }], slots: [] };
    expect(issues(values)).toEqual([]);
    expect(addSlotsBody(values)).toEqual({ windows: [{ date: '2026-12-10', from: '13:00', to: '15:00' }] });
    expect(addSlotsBody({ windows: [], slots: [{ date: '2026-12-11', time: '09:00' }] })).toEqual({ slots: [{ date: '2026-12-11', time: '09:00' }] });
  });

  it('asks for every part of a row, at that part', () => {
    expect(issues({ windows: [{ date: '', from: '09:00', to: '' }], slots: [{ date: '2026-12-11', time: '' }] })).toEqual([
      'windows.0.date dateMissing',
      'windows.0.to timeMissing',
      'slots.0.time timeMissing',
    ]);
  });

  it('refuses a window that ends before it starts, at its end', () => {
    expect(issues({ windows: [{ date: '2026-12-10', from: '12:00', to: '09:00' }], slots: [] })).toEqual(['windows.0.to toBeforeFrom']);
  });

  it('refuses to add nothing', () => {
    expect(issues({ windows: [], slots: [] })).toEqual(['root nothingToAdd']);
  });
});

describe("the server's refusal of added times", () => {
  it('goes to the row it names, in the rules’ and the schema’s way of naming it', () => {
    expect(
      serverProblems([
        { field: 'slots[0]', in: 'body', message: 'overlaps another of the offered times.' },
        { field: 'windows[2]', in: 'body', message: 'is in the past.' },
        { field: 'windows.1.from', in: 'body', message: 'must match pattern' },
      ]),
    ).toEqual([
      { at: 'slots.0', problem: 'overlaps', message: 'overlaps another of the offered times.' },
      { at: 'windows.2', problem: 'inPast', message: 'is in the past.' },
      { at: 'windows.1', problem: null, message: 'must match pattern' },
    ]);
  });

  it('is the whole form’s when it names no row', () => {
    expect(serverProblems([{ field: 'body', in: 'body', message: 'would offer 210 slots; at most 200 can be offered at once.' }])).toEqual([
      { at: 'root', problem: null, message: 'would offer 210 slots; at most 200 can be offered at once.' },
    ]);
    expect(serverProblems([{ field: 'windows', in: 'body', message: 'overlap times already offered.' }])).toEqual([{ at: 'root', problem: 'overlaps', message: 'overlap times already offered.' }]);
  });

  it('is nothing when the details are not a list of fields', () => {
    expect(serverProblems(undefined)).toEqual([]);
    expect(serverProblems([{ problem: 'x' }])).toEqual([]);
  });
});
