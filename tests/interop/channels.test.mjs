// The official @supabase/realtime-js (current 2.x and 2.80) against the real wedsync-server:
// join (and a refused join), broadcast both ways with ack, presence between two clients,
// a postgres_changes event caused by a REST edit, token refresh with setAuth, and expiry
// without it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Server, accounts, collect, eventually, flavours, makeClient, sleep, subscribe } from './support.mjs';

const server = new Server();
let evergreen;
let lakeside;
const sessions = {};

before(async () => {
  await server.start();
  for (const [who, email] of Object.entries(accounts))
    sessions[who] = await server.login(email);
  const orgs = await server.api('GET', '/api/v1/organizations', sessions.platform.accessToken);
  assert.equal(orgs.status, 200);
  evergreen = orgs.body.items.find((o) => o.name === 'Evergreen Weddings').id;
  lakeside = orgs.body.items.find((o) => o.name === 'Lakeside Events').id;
});

after(async () => {
  await server.dispose();
});

for (const flavour of flavours) {
  describe(flavour.name, () => {
    const clients = [];
    const client = (token, options) => {
      const made = makeClient(flavour, server, token, options);
      clients.push(made);
      return made;
    };
    after(async () => {
      for (const c of clients) {
        c.removeAllChannels();
        c.disconnect();
      }
    });

    it(`speaks serializer ${flavour.vsn}`, async () => {
      const c = client(sessions.admin.accessToken);
      assert.equal(c.vsn ?? '1.0.0', flavour.vsn);
    });

    it('joins its organization and is refused another tenant with the reason', async () => {
      const c = client(sessions.admin.accessToken);
      await subscribe(c.channel(`org:${evergreen}`));
      await assert.rejects(subscribe(c.channel(`org:${lakeside}`)),
        /CHANNEL_ERROR: .*not an admin or coordinator/);
    });

    it('broadcasts both ways with ack', async () => {
      const a = client(sessions.admin.accessToken);
      const b = client(sessions.planner.accessToken);
      const config = { config: { broadcast: { ack: true } } };
      const onA = a.channel(`org:${evergreen}`, config);
      const onB = b.channel(`org:${evergreen}`, config);
      const gotA = collect(onA, 'cursor');
      const gotB = collect(onB, 'cursor');
      await subscribe(onA);
      await subscribe(onB);

      assert.equal(await onA.send({ type: 'broadcast', event: 'cursor', payload: { from: 'a', x: 1 } }), 'ok');
      await eventually(() => gotB.length === 1, 'the broadcast from a at b');
      assert.deepEqual(gotB[0].payload, { from: 'a', x: 1 });
      assert.equal(typeof gotB[0].meta?.seq, 'number', 'our sequence number rides in meta');

      assert.equal(await onB.send({ type: 'broadcast', event: 'cursor', payload: { from: 'b', y: 2 } }), 'ok');
      await eventually(() => gotA.length === 1, 'the broadcast from b at a');
      assert.deepEqual(gotA[0].payload, { from: 'b', y: 2 });
      assert.equal(gotA[0].meta.seq, gotB[0].meta.seq + 1);
      await sleep(100);
      assert.equal(gotA.length, 1, 'no echo of its own message without self');
      assert.equal(gotB.length, 1);
    });

    it('broadcasts to itself with self', async () => {
      const a = client(sessions.admin.accessToken);
      const channel = a.channel(`org:${evergreen}`, { config: { broadcast: { self: true, ack: true } } });
      const got = collect(channel, 'echo');
      await subscribe(channel);
      assert.equal(await channel.send({ type: 'broadcast', event: 'echo', payload: { n: 7 } }), 'ok');
      await eventually(() => got.length === 1, 'the echo');
      assert.deepEqual(got[0].payload, { n: 7 });
    });

    it('syncs presence between two clients', async () => {
      const a = client(sessions.admin.accessToken);
      const b = client(sessions.planner.accessToken);
      // An organization's topic: both may read it (tenant:<id>:admins is for its admins only).
      const topic = `org:${evergreen}`;
      const onA = a.channel(topic, { config: { presence: { key: 'admin' } } });
      const onB = b.channel(topic, { config: { presence: { key: 'planner' } } });
      const joinsSeenByA = [];
      onA.on('presence', { event: 'join' }, ({ key }) => joinsSeenByA.push(key));
      onB.on('presence', { event: 'sync' }, () => {});
      await subscribe(onA);
      await subscribe(onB);
      assert.equal(await onA.track({ name: 'Alex' }), 'ok');
      assert.equal(await onB.track({ name: 'Pat' }), 'ok');

      const both = (state) => state.admin?.[0]?.name === 'Alex' && state.planner?.[0]?.name === 'Pat';
      await eventually(() => both(onA.presenceState()), 'both presences at a');
      await eventually(() => both(onB.presenceState()), 'both presences at b');
      assert.ok(joinsSeenByA.includes('planner'));

      assert.equal(await onB.untrack(), 'ok');
      await eventually(() => !onA.presenceState().planner, 'the planner gone at a');
      assert.equal(onA.presenceState().admin[0].name, 'Alex');
    });

    it('receives a postgres_changes event caused by a REST edit', async () => {
      const token = sessions.planner.accessToken;
      const c = client(token);
      const channel = c.channel(`org:${evergreen}`);
      const changes = [];
      const elsewhere = [];
      channel.on('postgres_changes', {
        event: 'UPDATE', schema: 'public', table: 'section_configurations',
        filter: `organization_id=eq.${evergreen}`,
      }, (change) => changes.push(change));
      channel.on('postgres_changes', {
        event: '*', schema: 'public', table: 'section_configurations',
        filter: `organization_id=eq.${lakeside}`,
      }, (change) => elsewhere.push(change));
      await subscribe(channel);

      const list = await server.api('GET', `/api/v1/organizations/${evergreen}/sections?scope=organization`, token);
      assert.equal(list.status, 200);
      const section = list.body.items[0];
      const edited = await server.api('PATCH', `/api/v1/sections/${section.id}`, token,
        { customization: { subtitle: `edited by ${flavour.name}` } }, { 'if-match': `"${section.version}"` });
      assert.equal(edited.status, 200, JSON.stringify(edited.body));

      await eventually(() => changes.length === 1, 'the row change');
      const change = changes[0];
      assert.equal(change.eventType, 'UPDATE');
      assert.equal(change.schema, 'public');
      assert.equal(change.table, 'section_configurations');
      assert.equal(change.new.id, section.id);
      assert.equal(change.new.version, section.version + 1); // int8 arrives as a number
      assert.equal(change.old.version, section.version);
      assert.equal(change.new.config.customization.subtitle, `edited by ${flavour.name}`);
      assert.ok(!Number.isNaN(Date.parse(change.commit_timestamp)));
      assert.deepEqual(elsewhere, [], 'the other binding does not match');
    });

    it('keeps a channel past its first token with setAuth', async () => {
      const shortLived = server.mintToken(sessions.admin, 3);
      const c = client(shortLived);
      const other = client(sessions.planner.accessToken);
      const channel = c.channel(`org:${evergreen}`);
      const systemErrors = [];
      channel.on('system', {}, (message) => { if (message.status === 'error') systemErrors.push(message); });
      const got = collect(channel, 'after-refresh');
      await subscribe(channel);
      const sender = other.channel(`org:${evergreen}`);
      await subscribe(sender);

      await c.setAuth(server.mintToken(sessions.admin, 600));
      await sleep(4500); // past the first token's expiry and a housekeeping round
      assert.deepEqual(systemErrors, []);
      await sender.send({ type: 'broadcast', event: 'after-refresh', payload: { ok: true } });
      await eventually(() => got.length === 1, 'a broadcast after the refresh');
    });

    it('is told the token expired when it does not refresh it', async () => {
      const c = client(server.mintToken(sessions.admin, 2));
      const channel = c.channel(`org:${evergreen}`);
      const system = [];
      channel.on('system', {}, (message) => system.push(message));
      const statuses = [];
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('not subscribed')), 10000);
        channel.subscribe((status) => {
          statuses.push(status);
          if (status === 'SUBSCRIBED') {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      await eventually(() => system.some((m) => m.status === 'error'), 'the expiry system message');
      assert.match(system.find((m) => m.status === 'error').message, /^Token has expired/);
      await eventually(() => statuses.includes('CLOSED'), 'the channel closed');
    });
  });
}
