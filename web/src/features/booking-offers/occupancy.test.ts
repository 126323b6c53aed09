import { describe, expect, it } from 'vitest';
import { occupancy } from './occupancy';

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
