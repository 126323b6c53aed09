import type { ReminderChannel } from './wizard-state';

/**
 * The reminder choices a user is offered. SMS costs money and is a privilege: it needs the organisation's SMS and
 * the user's SMS access, and without both the SMS choices are not there at all (the source: "not visible").
 */
export function reminderChannels(user: { smsAccess: boolean; organisation: { smsEnabled: boolean } }): ReminderChannel[] {
  return user.smsAccess && user.organisation.smsEnabled ? ['none', 'email', 'sms', 'sms_email'] : ['none', 'email'];
}
