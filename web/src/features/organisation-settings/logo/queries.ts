import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Answer } from '../../../api/types';

export type Logo = NonNullable<Answer<'/api/organisation/logo'>['logo']>;

export const logoQuery = queryOptions({ queryKey: ['organisation-logo'], queryFn: async () => (await unwrap(api.GET('/api/organisation/logo'))).logo });

/** The file goes as it is: the server reads from its bytes whether it is a PNG or a JPEG. */
export const uploadLogo = (file: File) =>
  unwrap(
    api.PUT('/api/organisation/logo', {
      body: file as never,
      bodySerializer: (body: unknown) => body as File,
      headers: { 'content-type': file.type === 'image/png' || file.type === 'image/jpeg' ? file.type : 'application/octet-stream' },
    }),
  );

export const removeLogo = () => unwrap(api.DELETE('/api/organisation/logo'));

/** The logo as this page shows it: from this server, whatever address emails use (the page may only show its own). */
export const previewPath = (logo: Logo) => new URL(logo.url).pathname;
