import { describe, expect, it } from 'vitest';
import { apiKeySchema, EMPTY_WEBHOOK, urlRefusalKey, webhookSchema } from './forms';

const problems = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('the API key form', () => {
  it('wants a name of at most 100 characters, trimmed', () => {
    expect(problems(apiKeySchema.safeParse({ name: '  ', scope: 'read' }))).toEqual(['nameMissing']);
    expect(problems(apiKeySchema.safeParse({ name: 'x'.repeat(101), scope: 'write' }))).toEqual(['nameTooLong']);
    expect(apiKeySchema.parse({ name: ' Workday ', scope: 'write' })).toEqual({ name: 'Workday', scope: 'write' });
  });
});

describe('the webhook form', () => {
  it('starts with every event chosen', () => {
    expect(EMPTY_WEBHOOK.events).toHaveLength(6);
  });

  it('wants an https address and at least one event', () => {
    expect(problems(webhookSchema.safeParse({ url: '', events: ['invitation.sent'] }))).toContain('urlMissing');
    expect(problems(webhookSchema.safeParse({ url: 'http://ats.example/hook', events: ['invitation.sent'] }))).toEqual(['urlNotHttps']);
    expect(problems(webhookSchema.safeParse({ url: 'https://ats.example/hook', events: [] }))).toEqual(['eventsMissing']);
    expect(webhookSchema.safeParse({ url: ' https://ats.example/hook ', events: ['reminder.failed'] }).success).toBe(true);
  });

  it("names the server's refusals of an address in the screen's words, and no other", () => {
    expect(urlRefusalKey('may not be an address of a private or local network')).toBe('urlInternal');
    expect(urlRefusalKey('something new')).toBeNull();
  });
});
