import { describe, expect, it } from 'vitest';
import { cancellationEmail } from './interview-cancellation.js';
import { changeEmail } from './interview-change.js';
import { invitationValues } from './invitation-values.js';
import type { Language } from './languages.js';

/** A candidate's values for an in-person interview on Monday 6 July 2026, 14:00–14:30 in Copenhagen. */
const valuesIn = (language: Language, firstName = 'Søren', companyName = 'Nordhavn Byg A/S') =>
  invitationValues({
    candidate: { firstName, lastName: 'Lund' },
    jobTitle: 'Bogholder & løn',
    companyName,
    interview: { type: 'in_person', startsAt: new Date('2026-07-06T12:00:00Z'), endsAt: new Date('2026-07-06T12:30:00Z'), durationMinutes: 30, location: 'Havnegade 4', meetingUrl: null },
    recruiterNames: ['Anna Holm'],
    sender: 'Anna Holm',
    language,
    timeZone: 'Europe/Copenhagen',
    confirmLink: 'https://job.example/i/abc',
  });

const DETAILS_DA = 'Tidspunkt: mandag den 6. juli 2026, 14.00–14.30 CEST\nVarighed: 30 minutter\nSted: Havnegade 4';

describe('changeEmail', () => {
  it('gives the new time in local time with the zone, and asks the candidate to answer again through their link', () => {
    const email = changeEmail(valuesIn('da'), 'da', null, null);

    expect(email.subject).toBe('Ændret: personlig samtale om Bogholder & løn');
    expect(email.text).toBe(
      [
        'Kære Søren',
        'Vi har ændret din samtale om stillingen Bogholder & løn. Her er de nye oplysninger:',
        DETAILS_DA,
        'Svar venligst igen, om du kan deltage: https://job.example/i/abc',
        'Venlig hilsen\nAnna Holm\nNordhavn Byg A/S',
      ].join('\n\n'),
    );
  });

  it("makes an HTML part like the invitation's: the new details as a block, the link a button before the sign-off, everything escaped", () => {
    const { html } = changeEmail(valuesIn('da', 'Søren <b>'), 'da', 'Lokalet var <i>optaget</i>.\n{confirmlink}', { url: 'https://job.example/logos/ab.png', width: 200, height: 80 });

    expect(html).toContain('<img src="https://job.example/logos/ab.png" alt="Nordhavn Byg A/S"');
    expect(html).toContain('>Tidspunkt</td><td style="padding:4px 0;font-weight:bold;vertical-align:top;">mandag den 6. juli 2026, 14.00–14.30 CEST</td>');
    expect(html).toContain('Kære Søren &lt;b&gt;');
    expect(html).toContain('Bogholder &amp; løn');
    expect(html).toContain('Besked fra os:<br>\nLokalet var &lt;i&gt;optaget&lt;/i&gt;.<br>{confirmlink}</p>');
    expect(html).not.toContain('<i>');
    expect(html.indexOf('Besked fra os')).toBeLessThan(html.indexOf('>Svar på invitationen</a>'));
    expect(html.indexOf('>Svar på invitationen</a>')).toBeLessThan(html.indexOf('Venlig hilsen'));
  });

  it("passes on the recruiter's message as written in the text part, never reading variables in it", () => {
    const { text } = changeEmail(valuesIn('en'), 'en', 'Room 2 was taken. {firstname}', null);

    expect(text).toContain('A message from us:\nRoom 2 was taken. {firstname}\n\nPlease let us know again whether you can attend: https://job.example/i/abc');
  });
});

describe('cancellationEmail', () => {
  it("tells a Danish candidate which interview is off, in local time with the zone, and passes on the recruiter's message", () => {
    const email = cancellationEmail(valuesIn('da'), 'da', 'Vi vender tilbage med et nyt tidspunkt.', null);

    expect(email.subject).toBe('Aflyst: personlig samtale om Bogholder & løn');
    expect(email.text).toBe(
      [
        'Kære Søren',
        'Vi må desværre aflyse din samtale om stillingen Bogholder & løn:',
        DETAILS_DA,
        'Besked fra os:\nVi vender tilbage med et nyt tidspunkt.',
        'Venlig hilsen\nAnna Holm\nNordhavn Byg A/S',
      ].join('\n\n'),
    );
  });

  it('leaves out the message paragraph when there is none, and asks nothing of the reader', () => {
    const email = cancellationEmail(valuesIn('en'), 'en', null, null);

    expect(email.subject).toBe('Cancelled: in-person interview for Bogholder & løn');
    expect(email.text).not.toContain('A message from us');
    expect(email.text).not.toContain('https://job.example/i/abc');
  });

  it('has an HTML part with the logo and name on top, the cancelled details as a block, no button, and every value escaped', () => {
    const { html } = cancellationEmail(valuesIn('da', 'Søren', 'Nordhavn Byg <A/S>'), 'da', '<script>alert(1)</script>', { url: 'https://job.example/logos/cd.jpg', width: 80, height: 80 });

    expect(html).toContain('<img src="https://job.example/logos/cd.jpg" alt="Nordhavn Byg &lt;A/S&gt;"');
    expect(html).toContain('>Sted</td><td style="padding:4px 0;font-weight:bold;vertical-align:top;">Havnegade 4</td>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<a ');
  });
});
