import { describe, expect, it } from 'vitest';
import { occupancy, slotWording } from './occupancy';

describe("an offered slot's occupancy", () => {
  it('is free while nobody has booked it, whatever its seats', () => {
    expect(occupancy(0, 1)).toBe('free');
    expect(occupancy(0, 4)).toBe('free');
  });

  it('is full when every seat is taken', () => {
    expect(occupancy(1, 1)).toBe('full');
    expect(occupancy(4, 4)).toBe('full');
  });

  it('is partly booked while a group slot has seats left', () => {
    expect(occupancy(2, 4)).toBe('partly');
  });
});

describe("the words of an offered slot on the offer's page", () => {
  it('is free or booked (before the name) for a slot of one seat', () => {
    expect(slotWording(0, 1, false)).toBe('free');
    expect(slotWording(1, 1, false)).toBe('bookedBy');
  });

  it('counts seats for a group, free or not', () => {
    expect(slotWording(0, 4, false)).toBe('freeSeats');
    expect(slotWording(2, 4, false)).toBe('seats');
    expect(slotWording(4, 4, false)).toBe('seats');
  });

  it('is only cancelled once the slot is cancelled, whoever had booked it', () => {
    expect(slotWording(1, 1, true)).toBe('cancelled');
    expect(slotWording(0, 4, true)).toBe('cancelled');
  });
});
