import { describe, expect, it } from 'vitest';
import { freshWizard } from './wizard-start';
import type { InviteWizardState } from './wizard-state';
import { forgetWizard, loadWizard, parseWizard, saveWizard, wizardStorageKey } from './wizard-storage';

const mette = { applicationId: 'a1', name: 'Mette Kjærgaard', language: 'da', hasMobile: true };
const emma = { applicationId: 'a2', name: 'Emma Thompson', language: 'en', hasMobile: false };

function typedIn(): InviteWizardState {
  const wizard = freshWizard('p1', [emma, mette], 'anna');
  return {
    ...wizard,
    step: 2,
    interview: { ...wizard.interview, type: 'video', date: '2026-12-03', time: '10:00', meetingUrl: 'https://meet.example/x' },
    message: {
      action: 'send_email',
      from: 'anna@demo.example',
      variants: { da: { subject: 'Samtale', body: 'Hej {firstname}' }, en: { subject: 'Interview', body: 'Dear {firstname}' } },
      includeConfirmLink: null,
      reminder: { channel: 'sms', daysBefore: 2, email: {}, sms: { da: { text: 'Husk samtalen' } } },
      sendWithoutSmsToMissingMobile: true,
    },
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the stored wizard', () => {
  it('comes back as it was saved, at its step with everything typed', () => {
    const storage = memoryStorage();
    saveWizard(storage, typedIn());
    expect(loadWizard(storage, 'p1')).toEqual(typedIn());
  });

  it('is kept per project', () => {
    const storage = memoryStorage();
    saveWizard(storage, typedIn());
    expect(loadWizard(storage, 'p2')).toBeNull();
  });

  it('is gone once forgotten, after sending or closing', () => {
    const storage = memoryStorage();
    saveWizard(storage, typedIn());
    forgetWizard(storage, 'p1');
    expect(storage.items.has(wizardStorageKey('p1'))).toBe(false);
    expect(loadWizard(storage, 'p1')).toBeNull();
  });

  it('keeps the way chosen and the times offered, windows, single slots and deadline alike', () => {
    const storage = memoryStorage();
    const offered: InviteWizardState = {
      ...typedIn(),
      mode: 'offer',
      offer: {
        seatsPerSlot: 4,
        windows: [{ date: '2026-12-10', from: '09:00', to: '12:00' }, { date: '', from: '13:00', to: '' }],
        slots: [{ date: '2026-12-11', time: '13:00' }],
        deadline: { date: '2026-12-09', time: '12:00' },
      },
    };
    saveWizard(storage, offered);
    expect(loadWizard(storage, 'p1')).toEqual(offered);
  });

  it('reads a wizard stored before times could be offered as one that fixed the time', () => {
    const { mode: _mode, offer: _offer, ...older } = typedIn();
    const wizard = parseWizard(JSON.stringify(older), 'p1');
    expect(wizard?.mode).toBe('fixed');
    expect(wizard?.offer).toEqual(freshWizard('p1', [mette], 'anna').offer);
    expect(wizard?.message).toEqual(typedIn().message);
  });

  it('is a fresh start when what was stored is not JSON or not a wizard', () => {
    for (const stored of [null, '', 'not json', '42', 'null', '[]', '{}', '{"version":1}']) expect(parseWizard(stored, 'p1')).toBeNull();
  });

  it('is a fresh start when it was written by another version or for another project', () => {
    expect(parseWizard(JSON.stringify({ ...typedIn(), version: 2 }), 'p1')).toBeNull();
    expect(parseWizard(JSON.stringify(typedIn()), 'p9')).toBeNull();
  });

  it('is a fresh start when any part has the wrong shape', () => {
    const wizard = typedIn();
    const broken: unknown[] = [
      { ...wizard, step: 3 },
      { ...wizard, applicants: [] },
      { ...wizard, applicants: [{ ...mette, hasMobile: 'yes' }] },
      { ...wizard, interview: { ...wizard.interview, type: 'lunch' } },
      { ...wizard, interview: { ...wizard.interview, durationMinutes: 4 } },
      { ...wizard, interview: { ...wizard.interview, durationMinutes: 30.5 } },
      { ...wizard, interview: { ...wizard.interview, recruiterIds: 'anna' } },
      { ...wizard, message: { ...wizard.message, action: 'shout' } },
      { ...wizard, message: { ...wizard.message, variants: { xx: { subject: 'a', body: 'b' } } } },
      { ...wizard, message: { ...wizard.message!, reminder: { ...wizard.message!.reminder, daysBefore: 4 } } },
      { ...wizard, mode: 'guess' },
      { ...wizard, offer: { ...wizard.offer, seatsPerSlot: 0 } },
      { ...wizard, offer: { ...wizard.offer, windows: [{ date: '2026-12-10', from: '09:00' }] } },
    ];
    for (const stored of broken) expect(parseWizard(JSON.stringify(stored), 'p1')).toBeNull();
  });

  it('survives a storage that refuses to work', () => {
    const refusing = {
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
    expect(loadWizard(refusing, 'p1')).toBeNull();
    expect(() => saveWizard(refusing, typedIn())).not.toThrow();
    expect(() => forgetWizard(refusing, 'p1')).not.toThrow();
    expect(loadWizard(undefined, 'p1')).toBeNull();
  });
});
