import { describe, expect, it } from 'vitest';
import { feedEventText } from './calendar-feed-text.js';

describe('feedEventText', () => {
  it("names the candidates in the summary and each one's answer in the description, in the organisation's language", () => {
    const text = feedEventText(
      {
        type: 'group',
        project: { title: 'Bogholder' },
        invitees: [
          { candidate: { firstName: 'Mette', lastName: 'Kjær' }, responseStatus: 'accepted' },
          { candidate: { firstName: 'Jens', lastName: 'Bæk' }, responseStatus: 'new_time_requested' },
        ],
        recruiters: [{ name: 'Anna Holm' }, { name: 'Bo Lindqvist' }],
      },
      'da',
    );
    expect(text.summary).toBe('Gruppesamtale: Mette Kjær og Jens Bæk');
    expect(text.description).toBe('Stilling: Bogholder\nKandidater:\n- Mette Kjær: kommer\n- Jens Bæk: ønsker et nyt tidspunkt\nRekrutterere: Anna Holm og Bo Lindqvist');
  });
});
