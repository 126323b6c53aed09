import { Type } from 'typebox';
import { LOGO_MEDIA_TYPES, MAX_LOGO_BYTES } from '../../../domain/organisation-logo.js';

export const LogoSchema = Type.Object({
  url: Type.String({ description: 'Where anyone (an email client) fetches it: /logos/<sha256 of the bytes>.png or .jpg, so it changes with the logo.' }),
  mediaType: Type.Enum([...LOGO_MEDIA_TYPES]),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String({ format: 'date-time' }),
});

export const LogoResponse = Type.Object({ logo: Type.Union([LogoSchema, Type.Null()], { description: 'Null while the organisation has none.' }) });

// Any schema at all: the body is bytes, which the rule of the logo reads (the magic bytes, not this type, decide).
const imageFile = Type.Unsafe<Buffer>({ description: `The image file itself, PNG or JPEG, at most ${MAX_LOGO_BYTES / 1000} kB.` });

/** The body of an upload: the file as it is, like the CSV import takes its file. */
export const LogoBody = {
  content: Object.fromEntries(['image/png', 'image/jpeg', 'application/octet-stream'].map((type) => [type, { schema: imageFile }])),
};

export const LogoFileParams = Type.Object({
  file: Type.String({ maxLength: 100, description: 'The file name from the logo’s url: <sha256>.png or <sha256>.jpg.' }),
});
