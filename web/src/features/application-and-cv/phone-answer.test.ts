import { describe, expect, it } from 'vitest';
import { cancelsReminders, PHONE_ANSWERS, preselectedAnswer } from './phone-answer';

describe('an answer given by phone', () => {
  it('is one of the four answers the API takes', () => {
    expect(PHONE_ANSWERS).toEqual(['accepted', 'declined', 'new_time_requested', 'not_relevant']);
  });

  it('cancels the reminders when the candidate declines or cancels the application', () => {
    expect(PHONE_ANSWERS.filter(cancelsReminders)).toEqual(['declined', 'not_relevant']);
  });

  it('starts from the current answer, but not from awaiting or cancelled', () => {
    expect(preselectedAnswer('accepted')).toBe('accepted');
    expect(preselectedAnswer('awaiting')).toBeNull();
    expect(preselectedAnswer('cancelled')).toBeNull();
  });
});
