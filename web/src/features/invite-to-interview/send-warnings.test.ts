import { describe, expect, it } from 'vitest';
import { sendRefusal, sendWarnings, type SendWarnings } from './send-warnings';
import type { InvitedApplicant, MessageStep } from './wizard-state';

const applicants: InvitedApplicant[] = [
  { applicationId: 'a1', name: 'Søren Østergaard', language: 'da', hasMobile: true },
  { applicationId: 'a2', name: 'Line Bæk', language: 'da', hasMobile: false },
  { applicationId: 'a3', name: 'Ingrid Haugen', language: 'nb', hasMobile: true },
];

const message = (channel: MessageStep['reminder']['channel'], changes: Partial<MessageStep> = {}): MessageStep => ({
  action: 'send_email',
  from: '',
  variants: {},
  includeConfirmLink: null,
  reminder: { channel, daysBefore: 2, email: {}, sms: {} },
  sendWithoutSmsToMissingMobile: false,
  ...changes,
});

const recipient = (applicationId: string, status: 'none' | 'scheduled' | 'skipped_too_late') =>
  ({ applicationId, candidate: { firstName: 'X', lastName: 'Y' }, reminder: { status } }) as never;

const warningsFor = (msg: MessageStep, preview: Parameters<typeof sendWarnings>[0]['preview'] = null) =>
  sendWarnings({ applicants, message: msg, preview, written: ['da', 'en'], organisationDefault: 'da' });

describe('the warnings before Send', () => {
  it('name the candidates without a mobile number when an SMS reminder is chosen', () => {
    expect(warningsFor(message('sms_email')).missingMobile).toEqual(['Line Bæk']);
    expect(warningsFor(message('sms')).missingMobile).toEqual(['Line Bæk']);
  });

  it('say nothing of mobile numbers for an email reminder', () => {
    expect(warningsFor(message('email')).missingMobile).toEqual([]);
  });

  it('name the candidates whose reminder the preview says is too late', () => {
    const preview = { recipients: [recipient('a1', 'scheduled'), recipient('a2', 'skipped_too_late')], warnings: [] };
    expect(warningsFor(message('email'), preview).reminderTooLate).toEqual(['Line Bæk']);
  });

  it('forget a too-late reminder once no reminder is chosen, though the last preview still shows one', () => {
    const preview = { recipients: [recipient('a2', 'skipped_too_late')], warnings: [] };
    expect(warningsFor(message('none'), preview).reminderTooLate).toEqual([]);
  });

  it("name each busy recruiter's other interview once, though it overlaps several slots", () => {
    const busy = { code: 'recruiter_busy', message: 'Bo already has an interview from …', recruiterId: 'r1' };
    const preview = { recipients: [], warnings: [busy, { ...busy }, { code: 'missing_mobile', message: '', applicationId: 'a2' }] };
    expect(warningsFor(message('none'), preview).recruiterBusy).toEqual([busy]);
  });

  it('name the candidates who get the default language instead of their own', () => {
    expect(warningsFor(message('none')).languageFallbacks).toEqual([{ name: 'Ingrid Haugen', language: 'nb' }]);
  });

  it('say nothing of languages when nothing is sent', () => {
    expect(warningsFor(message('none', { action: 'no_email' })).languageFallbacks).toEqual([]);
  });
});

describe('Send', () => {
  const none: SendWarnings = { missingMobile: [], reminderTooLate: [], recruiterBusy: [], languageFallbacks: [] };
  const missing = { ...none, missingMobile: ['Line Bæk'] };

  it('is refused while a text has a problem', () => {
    expect(sendRefusal(message('none'), [{ path: 'email.variants.da.body', kind: 'blank' }], none)).toBe('problems');
  });

  it('is refused for candidates without a mobile number until the recruiter accepts sending without SMS to them', () => {
    expect(sendRefusal(message('sms'), [], missing)).toBe('missing_mobile');
    expect(sendRefusal(message('sms', { sendWithoutSmsToMissingMobile: true }), [], missing)).toBeNull();
  });

  it('is allowed despite warnings that need no answer (a too-late reminder, a busy recruiter)', () => {
    expect(sendRefusal(message('email'), [], { ...none, reminderTooLate: ['Line Bæk'], recruiterBusy: [{ code: 'recruiter_busy', message: '' }] })).toBeNull();
  });
});
