import { describe, expect, it } from 'vitest';
import { offerRequest } from './offer-request';
import { freshWizard } from './wizard-start';
import type { InviteWizardState, MessageStep } from './wizard-state';

const mette = { applicationId: 'a1', name: 'Mette Kjærgaard', language: 'da', hasMobile: true };
const emma = { applicationId: 'a2', name: 'Emma Thompson', language: 'en', hasMobile: false };

function offering(patch: Partial<InviteWizardState> = {}): InviteWizardState {
  const wizard = freshWizard('p1', [mette, emma], 'anna');
  return {
    ...wizard,
    mode: 'offer',
    interview: { ...wizard.interview, durationMinutes: 30, breakMinutes: 10, location: '  Havnegade 1 ' },
    offer: { seatsPerSlot: 1, windows: [{ date: '2026-12-10', from: '09:00', to: '12:00' }], slots: [{ date: '2026-12-11', time: '13:00' }], deadline: { date: '', time: '' } },
    ...patch,
  };
}

const message: MessageStep = {
  action: 'send_email',
  from: 'anna@demo.example',
  variants: { da: { subject: 'Vælg en tid', body: 'Vælg senest {bookingdeadline}' } },
  includeConfirmLink: null,
  reminder: { channel: 'email', daysBefore: 2, email: { da: { subject: 'Husk', body: 'Husk', signature: '' } }, sms: { da: { text: 'Husk' } } },
  sendWithoutSmsToMissingMobile: false,
};

describe('the offer the wizard sends', () => {
  it('holds the applicants, the slot length, break, windows and single slots, and the place trimmed', () => {
    expect(offerRequest(offering())).toEqual({
      applicationIds: ['a1', 'a2'],
      offer: {
        type: 'in_person',
        recruiterIds: ['anna'],
        durationMinutes: 30,
        breakMinutes: 10,
        seatsPerSlot: 1,
        location: 'Havnegade 1',
        windows: [{ date: '2026-12-10', from: '09:00', to: '12:00' }],
        slots: [{ date: '2026-12-11', time: '13:00' }],
      },
      // Before step 2: the organisation's own texts, no reminder.
      email: { action: 'send_email' },
    });
  });

  it('leaves out the deadline while it is empty (the server’s default) and sends it once given', () => {
    expect(offerRequest(offering()).offer.deadline).toBeUndefined();
    const chosen = offerRequest(offering({ offer: { ...offering().offer, deadline: { date: '2026-12-09', time: '12:00' } } }));
    expect(chosen.offer.deadline).toEqual({ date: '2026-12-09', time: '12:00' });
  });

  it('asks for more than one seat only for a group interview', () => {
    const seats = { ...offering().offer, seatsPerSlot: 4 };
    expect(offerRequest(offering({ offer: seats, interview: { ...offering().interview, type: 'group' } })).offer.seatsPerSlot).toBe(4);
    expect(offerRequest(offering({ offer: seats })).offer.seatsPerSlot).toBe(1);
  });

  it('sends the meeting link, and not the address, for a video interview', () => {
    const video = offerRequest(offering({ interview: { ...offering().interview, type: 'video', meetingUrl: 'https://meet.example/x' } }));
    expect(video.offer).toMatchObject({ meetingUrl: 'https://meet.example/x' });
    expect(video.offer.location).toBeUndefined();
  });

  it('sends the email as step 2 holds it, and the reminder made for each booking', () => {
    const request = offerRequest(offering({ message }));
    expect(request.email).toEqual({ action: 'send_email', from: 'anna@demo.example', variants: message.variants });
    expect(request.reminder).toEqual({ channel: 'email', daysBefore: 2, email: { variants: message.reminder.email } });
  });

  it('always sends the email, which carries the link to book, even if a stored step 2 said none', () => {
    expect(offerRequest(offering({ message: { ...message, action: 'no_email' } })).email.action).toBe('send_email');
  });

  it('never asks to leave the link to book out, which would leave the applicant no way to book', () => {
    expect(offerRequest(offering({ message: { ...message, includeConfirmLink: false } })).email).not.toHaveProperty('includeConfirmLink');
  });
});
