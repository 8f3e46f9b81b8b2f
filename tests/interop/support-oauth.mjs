// A real OAuth 2.0 authorization server for the OAuth tests: oidc-provider (a certified
// OpenID Connect implementation, pinned in package-lock.json) on a loopback port, with
//  - one native public client (loopback redirect URIs on any port, PKCE S256 required,
//    refresh tokens, rotated on use as oidc-provider does for public clients);
//  - an interaction handler as oidc-provider apps write them: it signs in a fixed test account
//    and grants the consent (or refuses, when the test asks), so a test plays the browser by
//    following redirects with cookies;
//  - a small JSON-pages resource API on the same process (/api/clients), protected by the
//    provider's own access tokens (looked up with provider.AccessToken.find);
//  - test-only hooks: expire every access token issued so far, revoke every grant, count the
//    refreshes, refuse the next consent.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

export const clientId = 'wedsync-desktop';
export const accountId = 'photographer-1';

// `count` clients, `pageSize` a page, ids c-001..., names and e-mails the mapping can take.
export function makeClients(count) {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return {
      id: `c-${n}`,
      first_name: `Client${n}`,
      last_name: 'Example',
      email: `Client${n}@Example.com`,
      updated_at: '2026-11-01T10:00:00Z',
    };
  });
}

export class OAuthFixture {
  constructor({ clients = makeClients(25), pageSize = 10 } = {}) {
    this.clients = clients;
    this.pageSize = pageSize;
    this.grants = new Set();
    this.issuedAccessTokens = new Set();
    this.issuedRefreshTokens = new Set();
    this.rejectedAccessTokens = new Set();
    this.refreshes = 0;
    this.denyNext = false;
    this.pagesServed = 0;
  }

  async start() {
    this.http = createServer((req, res) => this.#route(req, res));
    await new Promise((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.port = this.http.address().port;
    this.issuer = `http://127.0.0.1:${this.port}`;
    this.provider = new Provider(this.issuer, {
      clients: [{
        client_id: clientId,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        redirect_uris: ['http://127.0.0.1/callback', 'http://[::1]/callback'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      }],
      pkce: { required: () => true },
      cookies: { keys: ['interop-oauth-cookie-key'] },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
      findAccount: async (ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
      issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
      ttl: { AccessToken: 3600, RefreshToken: 86400, Grant: 86400, Interaction: 600, Session: 3600 },
    });
    // Opaque tokens: the value is the jti.
    this.provider.on('access_token.saved', (token) => this.issuedAccessTokens.add(token.jti));
    this.provider.on('refresh_token.saved', (token) => this.issuedRefreshTokens.add(token.jti));
    this.provider.on('grant.success', (ctx) => {
      if (ctx.oidc.params.grant_type === 'refresh_token')
        this.refreshes += 1;
    });
    this.callback = this.provider.callback();
    return this;
  }

  async stop() {
    await new Promise((resolve) => this.http.close(resolve));
  }

  get authorizationUrl() { return `${this.issuer}/auth`; }
  get tokenUrl() { return `${this.issuer}/token`; }
  get resourceUrl() { return `${this.issuer}/api/clients`; }

  // Every access and refresh token issued so far (to look for them where they must not be).
  secretsSeen() {
    return [...this.issuedAccessTokens, ...this.issuedRefreshTokens];
  }

  // Hooks of the tests.
  expireAccessTokens() {
    for (const jti of this.issuedAccessTokens)
      this.rejectedAccessTokens.add(jti);
  }

  async revokeGrants() {
    for (const id of this.grants) {
      const grant = await this.provider.Grant.find(id);
      if (grant)
        await grant.destroy();
    }
    this.grants.clear();
  }

  async #route(req, res) {
    try {
      const url = new URL(req.url, this.issuer);
      if (url.pathname.startsWith('/interaction/'))
        return await this.#interaction(req, res);
      if (url.pathname === '/api/clients')
        return await this.#clients(req, res, url);
      return this.callback(req, res);
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  }

  // The login and consent screens, answered at once for the fixed test account.
  async #interaction(req, res) {
    const details = await this.provider.interactionDetails(req, res);
    const { prompt, params, session } = details;
    if (this.denyNext) {
      this.denyNext = false;
      return this.provider.interactionFinished(req, res, {
        error: 'access_denied',
        error_description: 'The account holder refused the access.',
      }, { mergeWithLastSubmission: false });
    }
    if (prompt.name === 'login') {
      return this.provider.interactionFinished(req, res, { login: { accountId } },
        { mergeWithLastSubmission: false });
    }
    const grant = details.grantId
      ? await this.provider.Grant.find(details.grantId)
      : new this.provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope)
      grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims)
      grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes || {}))
      grant.addResourceScope(indicator, scopes.join(' '));
    const grantId = await grant.save();
    this.grants.add(grantId);
    return this.provider.interactionFinished(req, res, { consent: { grantId } },
      { mergeWithLastSubmission: true });
  }

  // GET /api/clients?page=N: {data, links: {next}, meta: {total}}, next relative.
  async #clients(req, res, url) {
    const header = req.headers.authorization || '';
    const value = header.startsWith('Bearer ') ? header.slice(7) : '';
    const token = value ? await this.provider.AccessToken.find(value) : undefined;
    const grant = token ? await this.provider.Grant.find(token.grantId) : undefined;
    if (!token || !grant || this.rejectedAccessTokens.has(token.jti)) {
      res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"', 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_token' }));
      return;
    }
    const page = Math.max(1, Number(url.searchParams.get('page') || '1'));
    const start = (page - 1) * this.pageSize;
    const data = this.clients.slice(start, start + this.pageSize);
    const next = start + this.pageSize < this.clients.length ? `/api/clients?page=${page + 1}` : null;
    this.pagesServed += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data, links: { next }, meta: { total: this.clients.length } }));
  }
}

// Plays the system browser: follows the authorization URL's redirects with cookies until
// one goes to `redirectUri`, and returns that redirect's query (code, state or error).
export async function authorizeLikeABrowser(authorizationUrl, redirectUri) {
  const jar = new Map();
  let url = authorizationUrl;
  for (let hop = 0; hop < 20; hop++) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    await response.arrayBuffer();
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`the authorization server stopped at ${url} with ${response.status}`);
    const next = new URL(location, url);
    if (next.href.startsWith(redirectUri))
      return Object.fromEntries(next.searchParams);
    url = next.href;
  }
  throw new Error('too many redirects');
}
