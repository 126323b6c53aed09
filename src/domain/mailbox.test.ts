import { describe, expect, it } from 'vitest';
import { withDisplayName } from './mailbox.js';

describe('withDisplayName', () => {
  it('puts the name, quoted, before a bare address', () => {
    expect(withDisplayName('job@fjordside.example', 'Fjordside Tømrer ApS')).toBe('"Fjordside Tømrer ApS" <job@fjordside.example>');
  });

  it('escapes quotes and backslashes in the name', () => {
    expect(withDisplayName('job@fjordside.example', 'Fjordside "Tømrer", Aarhus')).toBe('"Fjordside \\"Tømrer\\", Aarhus" <job@fjordside.example>');
  });

  it('leaves a sender that has a name, or no name to give, as it is', () => {
    expect(withDisplayName('Nordhavn Byg A/S <jobs@nordhavn.example>', 'Other')).toBe('Nordhavn Byg A/S <jobs@nordhavn.example>');
    expect(withDisplayName('job@fjordside.example', undefined)).toBe('job@fjordside.example');
  });
});
