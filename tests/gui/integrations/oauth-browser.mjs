// The authorization server and the system browser for the console's OAuth GUI test: starts
// the interop tests' oidc-provider fixture (support-oauth.mjs: a real, certified OAuth 2.0
// server with a paged client API behind its tokens) and a control port on which
//   GET /browse?url=AUTHORIZATION_URL&redirect=REDIRECT_URI
// does what a person's browser does — follows the sign-in with cookies until the redirect to
// the console's loopback listener, then requests that redirect (the console's own listener
// answers) — and GET /revoke withdraws every grant (the CRM revoked the access).
// Prints one JSON line with the addresses, then runs until its standard input closes.
import { createServer } from 'node:http';
import { OAuthFixture, authorizeLikeABrowser, clientId } from '../../interop/support-oauth.mjs';

const fixture = await new OAuthFixture().start();
const control = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/browse') {
      const redirect = url.searchParams.get('redirect');
      const query = await authorizeLikeABrowser(url.searchParams.get('url'), redirect);
      const back = new URL(redirect);
      for (const [key, value] of Object.entries(query))
        back.searchParams.set(key, value);
      const answer = await fetch(back);
      await answer.arrayBuffer();
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(String(answer.status));
      return;
    }
    if (url.pathname === '/revoke') {
      await fixture.revokeGrants();
      res.end('revoked');
      return;
    }
    res.writeHead(404);
    res.end();
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});
await new Promise((resolve) => control.listen(0, '127.0.0.1', resolve));
console.log(JSON.stringify({
  authorizationUrl: fixture.authorizationUrl,
  tokenUrl: fixture.tokenUrl,
  resourceUrl: fixture.resourceUrl,
  clientId,
  clients: fixture.clients.length,
  control: `http://127.0.0.1:${control.address().port}`,
}));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
