// Recovery after the server restarts: realtime-js hears "Server requested disconnect",
// reconnects on its own once the server is back (same port, same data), rejoins its channels
// and broadcasts flow again — for both pinned client versions at once.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { Server, accounts, collect, eventually, flavours, makeClient, subscribe } from './support.mjs';

const server = new Server();
let evergreen;
const sessions = {};

before(async () => {
  await server.start();
  for (const [who, email] of Object.entries(accounts))
    sessions[who] = await server.login(email);
  const orgs = await server.api('GET', '/api/v1/organizations', sessions.admin.accessToken);
  evergreen = orgs.body.items.find((o) => o.name === 'Evergreen Weddings').id;
});

after(async () => {
  await server.dispose();
});

it('clients of both versions recover after the server restarts', async () => {
  const clients = [];
  const channels = [];
  const received = [];
  const statuses = [];
  const system = [];
  for (const flavour of flavours) {
    for (const who of ['admin', 'planner']) {
      const c = makeClient(flavour, server, sessions[who].accessToken);
      clients.push(c);
      const channel = c.channel(`org:${evergreen}`, { config: { broadcast: { ack: true } } });
      const log = [];
      channel.subscribe((status) => log.push(status));
      channel.on('system', {}, (m) => system.push(m));
      received.push(collect(channel, 'ping'));
      statuses.push(log);
      channels.push(channel);
    }
  }
  try {
    await eventually(() => statuses.every((log) => log.includes('SUBSCRIBED')), 'every channel joined');

    assert.equal(await server.stop(), 0, 'a clean shutdown');
    await eventually(() => clients.every((c) => !c.isConnected()), 'every socket closed by the server');
    await server.start(); // same port, same database and signing key: same tokens work

    // realtime-js rejoins on its own; each channel then reports SUBSCRIBED again.
    await eventually(() => statuses.every((log) => log.filter((s) => s === 'SUBSCRIBED').length >= 2),
      'every channel rejoined after the restart', 20000);
    assert.ok(clients.every((c) => c.isConnected()));

    // And broadcasts flow again, between the versions too.
    assert.equal(await channels[0].send({ type: 'broadcast', event: 'ping', payload: { n: 1 } }), 'ok');
    await eventually(() => received.slice(1).every((got) => got.length === 1), 'the broadcast at the others');
    assert.deepEqual(received[3][0].payload, { n: 1 });
  } finally {
    for (const c of clients) {
      c.removeAllChannels();
      c.disconnect();
    }
  }
});
