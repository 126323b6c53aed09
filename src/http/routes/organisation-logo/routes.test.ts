import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JPEG_IMAGE, pngImage, SVG_IMAGE } from '../../../../test/support/images.js';
import { inviteApplicants, recruitingProject } from '../../../../test/support/invited-applicant.js';
import { createTestApp, organisationWithRecruiter, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp({ PUBLIC_URL: 'https://samtale.example.com' });
});
afterEach(() => test.close());

const URL = '/api/organisation/logo';
const PNG = pngImage();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const upload = (cookie: string, bytes: Buffer, contentType = 'image/png') =>
  test.app.inject({ method: 'PUT', url: URL, headers: { cookie, 'content-type': contentType }, payload: bytes });
const logoOf = async (cookie: string) => (await test.app.inject({ url: URL, headers: { cookie } })).json().logo;
const served = (url: string) => test.app.inject({ url: new globalThis.URL(url).pathname });
const auditActions = async (organisationId: string) =>
  (await test.ctx.db.selectFrom('audit_events').select(['action', 'before_json', 'after_json']).where('organisation_id', '=', organisationId).where('action', 'like', 'organisation.logo%').orderBy('id').execute());

const administrator = () => organisationWithRecruiter(test, { role: 'admin' });

describe(`the organisation's logo on ${TEST_ENGINE}`, () => {
  it('takes a PNG from an administrator, names it by the hash of its bytes, serves it to anyone and records who did it', async () => {
    const { organisation, user, cookie } = await administrator();

    const response = await upload(cookie, PNG);

    expect(response.statusCode).toBe(200);
    const logo = response.json();
    expect(logo).toMatchObject({ url: `https://samtale.example.com/logos/${sha256(PNG)}.png`, mediaType: 'image/png', sizeBytes: PNG.length });
    expect(await logoOf(cookie)).toEqual(logo);
    const image = await served(logo.url);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['x-content-type-options']).toBe('nosniff');
    expect(image.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(image.rawPayload.equals(PNG)).toBe(true);
    const [event] = await auditActions(organisation.id);
    expect(event).toMatchObject({ action: 'organisation.logo_uploaded', before_json: null });
    expect(JSON.parse(event!.after_json!)).toEqual({ file: `${sha256(PNG)}.png`, sizeBytes: PNG.length });
    const actor = await test.ctx.db.selectFrom('audit_events').select('actor_id').where('action', '=', 'organisation.logo_uploaded').executeTakeFirstOrThrow();
    expect(actor.actor_id).toBe(user.id);
  });

  it('takes a JPEG, served as image/jpeg under .jpg', async () => {
    const { cookie } = await administrator();

    const logo = (await upload(cookie, JPEG_IMAGE, 'image/jpeg')).json();

    expect(logo).toMatchObject({ url: `https://samtale.example.com/logos/${sha256(JPEG_IMAGE)}.jpg`, mediaType: 'image/jpeg' });
    const image = await served(logo.url);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect(image.rawPayload.equals(JPEG_IMAGE)).toBe(true);
  });

  it('goes by the bytes, not by the type the browser named: a PNG sent as octet-stream is a PNG', async () => {
    const { cookie } = await administrator();

    expect((await upload(cookie, PNG, 'application/octet-stream')).json().mediaType).toBe('image/png');
  });

  it.each([
    ['an SVG', SVG_IMAGE, 'image/svg+xml'],
    ['an SVG that claims to be a PNG', SVG_IMAGE, 'image/png'],
    ['an HTML page named as a JPEG', Buffer.from('<html><script>alert(1)</script></html>'), 'image/jpeg'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'image/gif'],
  ])('refuses %s with 400 saying why, keeping the logo there was', async (_name, bytes, contentType) => {
    const { organisation, cookie } = await administrator();
    const before = (await upload(cookie, PNG)).json();

    const response = await upload(cookie, bytes, contentType);

    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({ field: 'logo', problem: 'not_png_or_jpeg' });
    expect(await logoOf(cookie)).toEqual(before);
    expect((await auditActions(organisation.id)).map((event) => event.action)).toEqual(['organisation.logo_uploaded']);
  });

  it('refuses a file over 200 kB, and takes one of exactly 200 kB', async () => {
    const { cookie } = await administrator();

    const tooLarge = await upload(cookie, pngImage({ padTo: 200_001 }));
    expect(tooLarge.statusCode).toBe(413);
    expect(await logoOf(cookie)).toBeNull();

    const largest = pngImage({ padTo: 200_000 });
    expect(largest.length).toBe(200_000);
    expect((await upload(cookie, largest)).statusCode).toBe(200);
  });

  it('refuses a JSON body: the file is sent as it is', async () => {
    const { cookie } = await administrator();

    const response = await test.app.inject({ method: 'PUT', url: URL, headers: { cookie }, payload: { logo: PNG.toString('base64') } });

    expect(response.statusCode).toBe(400);
  });

  it('gives a new logo a new address, and the old one still answers for the emails written with it', async () => {
    const { organisation, cookie } = await administrator();
    const first = (await upload(cookie, PNG)).json();
    const second = (await upload(cookie, pngImage({ colour: [200, 40, 40] }))).json();

    expect(second.url).not.toBe(first.url);
    expect(await logoOf(cookie)).toEqual(second);
    expect((await served(first.url)).rawPayload.equals(PNG)).toBe(true);
    expect((await served(second.url)).statusCode).toBe(200);
    const [, replaced] = await auditActions(organisation.id);
    expect(JSON.parse(replaced!.before_json!)).toEqual({ file: new globalThis.URL(first.url).pathname.slice('/logos/'.length) });
  });

  it('takes two uploads at the same moment in turn: both succeed, and one of them is the current logo', async () => {
    const { organisation, cookie } = await administrator();

    const answers = await Promise.all([upload(cookie, PNG), upload(cookie, JPEG_IMAGE, 'image/jpeg')]);

    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    const current = await test.ctx.db.selectFrom('organisation_logos').select('content_hash').where('organisation_id', '=', organisation.id).where('retired_at', 'is', null).execute();
    expect(current).toHaveLength(1);
    expect([sha256(PNG), sha256(JPEG_IMAGE)]).toContain(current[0]!.content_hash);
    expect(await auditActions(organisation.id)).toHaveLength(2);
  });

  it('takes back a logo uploaded before, as the current one again', async () => {
    const { cookie } = await administrator();
    const first = (await upload(cookie, PNG)).json();
    await upload(cookie, JPEG_IMAGE, 'image/jpeg');

    const again = await upload(cookie, PNG);

    expect(again.statusCode).toBe(200);
    expect(await logoOf(cookie)).toMatchObject({ url: first.url, mediaType: 'image/png' });
  });

  it('removes it: none in the settings or new emails, an audit event, the address still answering for emails already sent; removing none is 404', async () => {
    const { organisation, cookie } = await administrator();
    const logo = (await upload(cookie, PNG)).json();

    const removal = await test.app.inject({ method: 'DELETE', url: URL, headers: { cookie } });

    expect(removal.statusCode).toBe(204);
    expect(await logoOf(cookie)).toBeNull();
    expect((await served(logo.url)).statusCode).toBe(200);
    const events = await auditActions(organisation.id);
    expect(events.map((event) => event.action)).toEqual(['organisation.logo_uploaded', 'organisation.logo_removed']);
    expect(JSON.parse(events[1]!.before_json!)).toEqual({ file: `${sha256(PNG)}.png` });
    expect((await test.app.inject({ method: 'DELETE', url: URL, headers: { cookie } })).statusCode).toBe(404);
  });

  it.each([
    ['an unknown hash', `${'a'.repeat(64)}.png`],
    ['a known hash under the other type', 'JPEG'],
    ['a name that is no hash', '..%2F..%2Fetc%2Fpasswd'],
    ['an upper-case hash', 'UPPER'],
  ])('answers 404 for %s', async (_name, file) => {
    const { cookie } = await administrator();
    const logo = (await upload(cookie, PNG)).json();
    const hash = sha256(PNG);
    const name = file === 'JPEG' ? `${hash}.jpg` : file === 'UPPER' ? `${hash.toUpperCase()}.png` : file;

    const response = await test.app.inject({ url: `/logos/${name}` });

    expect(response.statusCode).toBe(404);
    expect((await served(logo.url)).statusCode).toBe(200);
  });

  it('is 403 for a recruiter, who can neither see, upload nor remove it', async () => {
    const admin = await administrator();
    await upload(admin.cookie, PNG);
    const { cookie } = await organisationWithRecruiter(test);

    expect((await test.app.inject({ url: URL, headers: { cookie } })).statusCode).toBe(403);
    expect((await upload(cookie, PNG)).statusCode).toBe(403);
    expect((await test.app.inject({ method: 'DELETE', url: URL, headers: { cookie } })).statusCode).toBe(403);
  });

  it('is 401 without a session, before the body is read', async () => {
    expect((await test.app.inject({ url: URL })).statusCode).toBe(401);
    expect((await test.app.inject({ method: 'PUT', url: URL, headers: { 'content-type': 'image/png' }, payload: PNG })).statusCode).toBe(401);
  });

  it("keeps each organisation to its own logo: another's administrator neither sees nor removes it", async () => {
    const first = await administrator();
    const logo = (await upload(first.cookie, PNG)).json();
    const other = await administrator();

    expect(await logoOf(other.cookie)).toBeNull();
    expect((await test.app.inject({ method: 'DELETE', url: URL, headers: { cookie: other.cookie } })).statusCode).toBe(404);
    await upload(other.cookie, pngImage({ colour: [10, 10, 200] }));

    expect(await logoOf(first.cookie)).toEqual(logo);
    expect((await served(logo.url)).statusCode).toBe(200);
    expect(await auditActions(first.organisation.id)).toHaveLength(1);
  });

  it('heads the invitation and its reminder with the logo, at its public address', async () => {
    test.clock.set('2026-03-02T08:00:00Z');
    const project = await recruitingProject(test, { recruiter: { role: 'admin' } });
    const logo = (await upload(project.cookie, PNG)).json();

    await inviteApplicants(test, project, {
      email: { action: 'send_email', variants: { da: { subject: 'Samtale', body: 'Hej {firstname}' } } },
      reminder: { channel: 'email', daysBefore: 1, email: { variants: { da: { subject: 'Husk', body: 'Hej', signature: '' } } } },
    });

    const emails = await test.ctx.db.selectFrom('messages').select(['kind', 'html_body']).where('organisation_id', '=', project.organisation.id).where('channel', '=', 'email').where('kind', 'in', ['interview_invitation', 'reminder']).orderBy('kind').execute();
    expect(emails.map((email) => email.kind)).toEqual(['interview_invitation', 'reminder']);
    for (const email of emails) expect(email.html_body).toContain(`<img src="${logo.url}" alt="${project.organisation.name}"`);

    await test.app.inject({ method: 'DELETE', url: URL, headers: { cookie: project.cookie } });
    await inviteApplicants(test, project, { email: { action: 'send_email', variants: { da: { subject: 'Samtale', body: 'Hej {firstname}' } } } });
    const latest = await test.ctx.db.selectFrom('messages').select('html_body').where('organisation_id', '=', project.organisation.id).where('kind', '=', 'interview_invitation').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(latest.html_body).not.toContain('<img');
  });
});
