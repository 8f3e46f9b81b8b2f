// OAuth 2.0 (authorization code + PKCE) of a custom REST connection against a REAL
// authorization server: oidc-provider (support-oauth.mjs) with a JSON-pages API protected by
// its access tokens. The test plays the console (REST calls) and the system browser
// (following the authorization URL's redirects with cookies); the real wedsync-server does
// the rest: PKCE, the code exchange, sealing the tokens, paging, refresh, expiry and relink.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Server, accounts, eventually } from './support.mjs';
import { OAuthFixture, authorizeLikeABrowser, clientId } from './support-oauth.mjs';

const server = new Server();
const idp = new OAuthFixture();
const redirectUri = 'http://127.0.0.1:53682/callback';
let admin;
let lakeside;
let evergreen;
let integration;
let base;

const api = (method, path, body, headers) => server.api(method, path, admin.accessToken, body, headers);

async function signIn(expect = 'code') {
  const started = await api('POST', `${base}/oauth/start`, { redirectUri });
  assert.equal(started.status, 200, JSON.stringify(started.body));
  const url = new URL(started.body.authorizationUrl);
  assert.equal(url.origin + url.pathname, idp.authorizationUrl);
  assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
  assert.match(url.searchParams.get('code_challenge'), /^[A-Za-z0-9_-]{43}$/);
  assert.equal(url.searchParams.get('redirect_uri'), redirectUri);
  assert.equal(url.searchParams.get('client_id'), clientId);
  assert.equal(url.searchParams.get('state'), started.body.state);
  const back = await authorizeLikeABrowser(started.body.authorizationUrl, redirectUri);
  assert.equal(back.state, started.body.state);
  if (expect === 'code')
    assert.ok(back.code, JSON.stringify(back));
  return back;
}

async function finish(back) {
  const body = back.code
    ? { state: back.state, code: back.code }
    : { state: back.state, error: back.error, errorDescription: back.error_description };
  return api('POST', `${base}/oauth/finish`, body);
}

async function runSync() {
  const started = await api('POST', `${base}/sync`, { kind: 'full_import' });
  assert.ok(started.status >= 200 && started.status < 300, JSON.stringify(started.body));
  const jobId = started.body.id;
  return eventually(async () => {
    const job = await api('GET', `/api/v1/organizations/${evergreen}/jobs/${jobId}`);
    return ['completed', 'failed', 'cancelled'].includes(job.body.status) ? job.body : null;
  }, `the end of job ${jobId}`, 60000);
}

async function importedClients() {
  const page = await api('GET', `/api/v1/organizations/${evergreen}/clients?integrationId=${integration.id}&limit=200`);
  assert.equal(page.status, 200, JSON.stringify(page.body));
  return page.body.items;
}

before(async () => {
  await idp.start();
  await server.start();
  admin = await server.login(accounts.admin);
  lakeside = await server.login(accounts.lakeside);
  const orgs = await server.api('GET', '/api/v1/organizations', admin.accessToken);
  evergreen = orgs.body.items.find((o) => o.name === 'Evergreen Weddings').id;
  const created = await api('POST', `/api/v1/organizations/${evergreen}/integrations`, {
    provider: 'custom',
    name: 'Studio REST (OAuth)',
    authType: 'oauth2',
    baseUrl: idp.resourceUrl,
    credentials: {
      authorizationUrl: idp.authorizationUrl,
      tokenUrl: idp.tokenUrl,
      clientId,
      scope: 'openid',
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  integration = created.body;
  base = `/api/v1/organizations/${evergreen}/integrations/${integration.id}`;
  const current = await api('GET', base);
  const mapped = await api('PUT', `${base}/field-mappings`, {
    items: [
      { source: 'first_name', target: 'first_name' },
      { source: 'last_name', target: 'last_name' },
      { source: 'email', target: 'email', transform: 'lower' },
    ],
  }, { 'if-match': current.headers.get('etag') });
  assert.equal(mapped.status, 200, JSON.stringify(mapped.body));
});

after(async () => {
  await server.dispose();
  await idp.stop();
});

describe('OAuth 2.0 with PKCE against oidc-provider', () => {
  it('refuses a redirect URI that is not a loopback address, naming the field', async () => {
    for (const uri of ['https://127.0.0.1:5000/cb', 'http://localhost:5000/cb',
      'http://evil.example.com/cb', 'http://127.0.0.1.evil.example/cb', 'not a url']) {
      const started = await api('POST', `${base}/oauth/start`, { redirectUri: uri });
      assert.equal(started.status, 400, uri);
      assert.equal(started.body.error.code, 'validation_failed');
      assert.ok(JSON.stringify(started.body.error.details).includes('redirectUri'), JSON.stringify(started.body));
    }
    const v6 = await api('POST', `${base}/oauth/start`, { redirectUri: 'http://[::1]:6000/cb' });
    assert.equal(v6.status, 200, JSON.stringify(v6.body));
  });

  it('links the connection: start, browser, finish; then tests and imports every page', async () => {
    const back = await signIn();
    const finished = await finish(back);
    assert.equal(finished.status, 200, JSON.stringify(finished.body));
    assert.equal(finished.body.status, 'connected');
    assert.equal(finished.body.hasCredentials, true);
    const text = JSON.stringify(finished.body);
    assert.ok(!/accessToken|refreshToken|code_verifier/.test(text), text);

    const tested = await api('POST', `${base}/test`);
    assert.equal(tested.status, 200, JSON.stringify(tested.body));
    assert.equal(tested.body.ok, true, tested.body.message);
    assert.equal(tested.body.status, 'connected');
    assert.match(tested.body.message, /25 records/);
    assert.ok(tested.body.sourceFields.includes('email'));
    assert.equal(tested.body.sample.length, 5);

    const job = await runSync();
    assert.equal(job.status, 'completed', job.error);
    assert.equal(job.processed, 25);
    assert.equal(job.created, 25);
    const clients = await importedClients();
    assert.equal(clients.length, 25);
    assert.ok(clients.some((c) => c.fields.email === 'client007@example.com'));
  });

  it('refuses a state used once already', async () => {
    const back = await signIn();
    assert.equal((await finish(back)).status, 200);
    const again = await finish(back);
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'oauth_state_invalid');
    assert.match(again.body.error.message, /already finished.*start the connection's sign-in again/);
    const unknown = await api('POST', `${base}/oauth/finish`, { state: 'x'.repeat(43), code: 'abc' });
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error.message, /unknown to the server/);
  });

  it('refreshes an expired access token before the next sync succeeds', async () => {
    const before = idp.refreshes;
    idp.expireAccessTokens();
    const job = await runSync();
    assert.equal(job.status, 'completed', job.error);
    assert.equal(job.processed, 25);
    assert.equal(job.created, 0);
    assert.ok(idp.refreshes > before, 'the server refreshed the token');
    assert.equal((await importedClients()).length, 25);
    const current = await api('GET', base);
    assert.equal(current.body.status, 'connected');
  });

  it('a revoked grant fails the sync, marks the connection expired and asks to relink', async () => {
    await idp.revokeGrants();
    const job = await runSync();
    assert.equal(job.status, 'failed');
    assert.match(job.error, /Access to Studio REST \(OAuth\) was revoked or has expired: relink the connection\./);
    const current = await api('GET', base);
    assert.equal(current.body.status, 'expired');
  });

  it('relinks the same connection: connected again, mappings and clients kept', async () => {
    const back = await signIn();
    const finished = await finish(back);
    assert.equal(finished.status, 200, JSON.stringify(finished.body));
    assert.equal(finished.body.id, integration.id);
    assert.equal(finished.body.status, 'connected');
    const mappings = await api('GET', `${base}/field-mappings`);
    assert.equal(mappings.body.items.length, 3);
    assert.equal((await importedClients()).length, 25);
    const job = await runSync();
    assert.equal(job.status, 'completed', job.error);
    assert.equal(job.created, 0);
  });

  it('access refused in the browser: a clear error and the connection not linked', async () => {
    await idp.revokeGrants();
    const broken = await runSync(); // expired again
    assert.equal(broken.status, 'failed');
    idp.denyNext = true;
    const back = await signIn('error');
    assert.equal(back.error, 'access_denied');
    const finished = await finish(back);
    assert.equal(finished.status, 422, JSON.stringify(finished.body));
    assert.equal(finished.body.error.code, 'oauth_denied');
    assert.match(finished.body.error.message, /not granted in the browser \(access_denied: The account holder refused the access\.\), so the connection is not linked/);
    const current = await api('GET', base);
    assert.notEqual(current.body.status, 'connected');
  });

  it('answers the token endpoint\'s refusal of a bad code with its error description', async () => {
    const started = await api('POST', `${base}/oauth/start`, { redirectUri });
    assert.equal(started.status, 200);
    const finished = await api('POST', `${base}/oauth/finish`, { state: started.body.state, code: 'not-a-real-code' });
    assert.equal(finished.status, 422, JSON.stringify(finished.body));
    assert.equal(finished.body.error.code, 'oauth_token_rejected');
    assert.equal(finished.body.error.details.error, 'invalid_grant');
    assert.match(finished.body.error.message, /refused the sign-in code \(invalid_grant: .+\)\. The connection is not linked/);
  });

  it('refuses to start on a connection without OAuth endpoints, naming what is missing', async () => {
    const list = await api('GET', `/api/v1/organizations/${evergreen}/integrations`);
    const tave = list.body.items.find((i) => i.provider === 'tave');
    const notOAuth = await api('POST', `/api/v1/organizations/${evergreen}/integrations/${tave.id}/oauth/start`, { redirectUri });
    assert.equal(notOAuth.status, 400);
    assert.equal(notOAuth.body.error.code, 'oauth_not_configured');
    const patched = await api('PATCH', base, { credentials: { accessToken: 'from-elsewhere' } },
      { 'if-match': (await api('GET', base)).headers.get('etag') });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    const missing = await api('POST', `${base}/oauth/start`, { redirectUri });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.code, 'oauth_not_configured');
    assert.deepEqual(missing.body.error.details.fields.map((f) => f.field),
      ['credentials.authorizationUrl', 'credentials.tokenUrl', 'credentials.clientId']);
  });

  it('another tenant\'s admin gets 404 for start and finish', async () => {
    const start = await server.api('POST', `${base}/oauth/start`, lakeside.accessToken, { redirectUri });
    assert.equal(start.status, 404);
    const fin = await server.api('POST', `${base}/oauth/finish`, lakeside.accessToken, { state: 'abc', code: 'def' });
    assert.equal(fin.status, 404);
  });

  it('never writes a token or the verifier to the server\'s output', async () => {
    const output = server.output ?? '';
    for (const secret of idp.secretsSeen())
      assert.ok(!output.includes(secret), 'a token appeared in the server output');
  });
});
