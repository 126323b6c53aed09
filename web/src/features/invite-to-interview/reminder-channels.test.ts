import { describe, expect, it } from 'vitest';
import { reminderChannels } from './reminder-channels';

describe('the reminder choices', () => {
  it('hold SMS and SMS + email for a user with SMS access in an organisation with SMS', () => {
    expect(reminderChannels({ smsAccess: true, organisation: { smsEnabled: true } })).toEqual(['none', 'email', 'sms', 'sms_email']);
  });

  it('hold no SMS at all for a user without SMS access', () => {
    expect(reminderChannels({ smsAccess: false, organisation: { smsEnabled: true } })).toEqual(['none', 'email']);
  });

  it('hold no SMS at all when the organisation has no SMS, whatever the user may do', () => {
    expect(reminderChannels({ smsAccess: true, organisation: { smsEnabled: false } })).toEqual(['none', 'email']);
  });
});
