import { describe, expect, it } from 'vitest';
import { remindersByInvitation } from './reminders-by-invitation';

const invitation = (id: string, createdAt: string) => ({ id, createdAt });
const reminder = (id: string, createdAt: string, dueAt: string) => ({ id, createdAt, dueAt });

describe('reminders by invitation', () => {
  it('gives a reminder queued with an invitation to that invitation', () => {
    const { byInvitation, leftOver } = remindersByInvitation(
      [invitation('i1', '2026-11-20T10:00:00Z')],
      [reminder('r1', '2026-11-20T10:00:00Z', '2026-11-30T08:00:00Z')],
    );
    expect(byInvitation.get('i1')!.map((r) => r.id)).toEqual(['r1']);
    expect(leftOver).toEqual([]);
  });

  it('gives each reminder to the newest invitation made at or before it', () => {
    const { byInvitation } = remindersByInvitation(
      [invitation('old', '2026-11-01T10:00:00Z'), invitation('new', '2026-11-20T10:00:00Z')],
      [
        reminder('first', '2026-11-01T10:00:00Z', '2026-11-05T08:00:00Z'),
        reminder('moved', '2026-11-03T12:00:00Z', '2026-11-06T08:00:00Z'),
        reminder('second', '2026-11-20T10:00:00Z', '2026-11-30T08:00:00Z'),
      ],
    );
    expect(byInvitation.get('old')!.map((r) => r.id)).toEqual(['first', 'moved']);
    expect(byInvitation.get('new')!.map((r) => r.id)).toEqual(['second']);
  });

  it('lists an invitation without reminders with none, and keeps reminders in the order they are due', () => {
    const { byInvitation } = remindersByInvitation(
      [invitation('i1', '2026-11-20T10:00:00Z'), invitation('i2', '2026-11-10T10:00:00Z')],
      [reminder('sms', '2026-11-20T10:00:00Z', '2026-11-30T08:00:01Z'), reminder('email', '2026-11-20T10:00:00Z', '2026-11-30T08:00:00Z')],
    );
    expect(byInvitation.get('i2')).toEqual([]);
    expect(byInvitation.get('i1')!.map((r) => r.id)).toEqual(['email', 'sms']);
  });

  it('leaves over a reminder older than every invitation', () => {
    const { leftOver } = remindersByInvitation([invitation('i1', '2026-11-20T10:00:00Z')], [reminder('r0', '2026-11-19T10:00:00Z', '2026-11-21T08:00:00Z')]);
    expect(leftOver.map((r) => r.id)).toEqual(['r0']);
  });

  it('gives a reminder of unknown creation to the only invitation, and leaves it over when there are several', () => {
    const unknown = { id: 'r', createdAt: undefined, dueAt: '2026-11-21T08:00:00Z' };
    expect(remindersByInvitation([invitation('i1', '2026-11-20T10:00:00Z')], [unknown]).byInvitation.get('i1')).toEqual([unknown]);
    expect(remindersByInvitation([invitation('i1', '2026-11-20T10:00:00Z'), invitation('i2', '2026-11-21T10:00:00Z')], [unknown]).leftOver).toEqual([unknown]);
  });
});
