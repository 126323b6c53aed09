/**
 * The field a 400 names, as the request's field ("timeZone"): the server writes it bare (its own rules) or under
 * "body." (the schema's), in the first of the error's details.
 */
export function refusedField(details: unknown): string | null {
  if (!Array.isArray(details)) return null;
  const first: unknown = details[0];
  if (typeof first !== 'object' || first === null || !('field' in first) || typeof first.field !== 'string') return null;
  return first.field.replace(/^body\./, '');
}
