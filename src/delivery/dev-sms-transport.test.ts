import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../test/support/factories.js';
import { ManualClock } from '../../test/support/manual-clock.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Db } from '../db/database.js';
import { listDevSms } from '../db/repositories/dev-sms.js';
import { devSmsTransport } from './dev-sms-transport.js';
import type { OutgoingSms, SmsTransport } from './sms-transport.js';

let database: TestDatabase;
let db: Db;
let clock: ManualClock;
let transport: SmsTransport;
let ours: string;
let theirs: string;

beforeEach(async () => {
  database = await createTestDatabase();
  db = database.db;
  clock = new ManualClock('2026-03-02T08:00:00.000Z');
  transport = devSmsTransport(db, clock);
  ours = (await createOrganisation(db)).id;
  theirs = (await createOrganisation(db)).id;
});

afterEach(async () => {
  await transport.close();
  await database.close();
});

function sms(organisationId: string, n: number): OutgoingSms {
  return { organisationId, outboxId: `outbox-${n}`, to: `+452012345${n}`, body: `Påmindelse ${n}: samtale i morgen kl. 10:00` };
}

describe('devSmsTransport', () => {
  it('keeps the text message for its organisation, without a sender, at the time it was delivered', async () => {
    await transport.send(sms(ours, 1));

    expect(await listDevSms(db, ours, 10)).toEqual([
      { id: expect.any(String), outboxId: 'outbox-1', recipient: '+4520123451', body: 'Påmindelse 1: samtale i morgen kl. 10:00', deliveredAt: '2026-03-02T08:00:00.000Z' },
    ]);
    const row = await db.selectFrom('dev_sms').selectAll().executeTakeFirstOrThrow();
    expect(row.organisation_id).toBe(ours);
    expect(row.sender).toBeNull();
  });

  it("lists only the organisation's own messages, newest first, up to the limit", async () => {
    await transport.send(sms(ours, 1));
    clock.advance(60_000);
    await transport.send(sms(theirs, 2));
    clock.advance(60_000);
    await transport.send(sms(ours, 3));
    clock.advance(60_000);
    await transport.send(sms(ours, 4));

    expect((await listDevSms(db, ours, 10)).map((message) => [message.outboxId, message.deliveredAt])).toEqual([
      ['outbox-4', '2026-03-02T08:03:00.000Z'],
      ['outbox-3', '2026-03-02T08:02:00.000Z'],
      ['outbox-1', '2026-03-02T08:00:00.000Z'],
    ]);
    expect((await listDevSms(db, theirs, 10)).map((message) => message.outboxId)).toEqual(['outbox-2']);
    expect((await listDevSms(db, ours, 2)).map((message) => message.outboxId)).toEqual(['outbox-4', 'outbox-3']);
  });

  it('lists nothing for an organisation without messages', async () => {
    await transport.send(sms(theirs, 1));
    const other = (await createOrganisation(db)).id;

    expect(await listDevSms(db, other, 10)).toEqual([]);
  });
});
