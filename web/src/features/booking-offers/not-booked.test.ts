import { describe, expect, it } from 'vitest';
import { notBooked } from './not-booked';

type Status = 'awaiting' | 'booked' | 'new_time_requested' | 'not_relevant';
const invitee = (firstName: string, status: Status, noReply = false) => ({ candidate: { firstName, lastName: 'Test' }, status, noReply });

describe('the invitees who have not chosen a time', () => {
  it('leaves out those who booked', () => {
    expect(notBooked([invitee('Søren', 'booked'), invitee('Emma', 'awaiting')], 'da-DK').map((one) => one.candidate.firstName)).toEqual(['Emma']);
  });

  it('lists those with no reply first, then those still to choose, then those who asked for another time or withdrew', () => {
    const list = notBooked(
      [invitee('Ida', 'not_relevant'), invitee('Bo', 'new_time_requested'), invitee('Carl', 'awaiting'), invitee('Dan', 'awaiting', true)],
      'da-DK',
    );
    expect(list.map((one) => one.candidate.firstName)).toEqual(['Dan', 'Carl', 'Bo', 'Ida']);
  });

  it("orders names the reader's way: Danish puts Å after Z", () => {
    const list = notBooked([invitee('Åse', 'awaiting'), invitee('Zenia', 'awaiting'), invitee('Anne', 'awaiting')], 'da-DK');
    expect(list.map((one) => one.candidate.firstName)).toEqual(['Anne', 'Zenia', 'Åse']);
  });
});
