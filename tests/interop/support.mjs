// What the interop tests share: the real wedsync-server as a child process (started, stopped,
// restarted on the same port and data), demo logins over REST, tokens signed with the
// server's own key, and the two pinned versions of the official realtime client.
import { execFileSync, spawn } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

const require = createRequire(import.meta.url);

// The client versions under test: the current 2.x (serializer 2.0.0 by default, binary
// broadcast pushes) and 2.80 (the last that only speaks 1.0.0).
export const flavours = [
  { name: `realtime-js ${require('realtime-js-current/package.json').version}`, module: 'realtime-js-current', vsn: '2.0.0' },
  { name: `realtime-js ${require('realtime-js-2-80/package.json').version}`, module: 'realtime-js-2-80', vsn: '1.0.0' },
];

export const demoPassword = 'demo-password';
// Name-based ids of the demo data (server/demo/DemoData.cpp), read back over REST below.
export const accounts = {
  admin: 'admin@evergreen.demo',
  planner: 'planner@evergreen.demo',
  lakeside: 'admin@lakeside.demo',
  platform: 'platform@wedsync.demo',
};

export function serverExecutable() {
  const path = process.env.WEDSYNC_SERVER_EXECUTABLE;
  if (!path) {
    throw new Error('WEDSYNC_SERVER_EXECUTABLE is not set: run these tests through CTest '
      + '(ctest -L interop), which passes the wedsync-server it built.');
  }
  return path;
}

// The PostgreSQL cluster's URL when the tests run on PostgreSQL (ctest's interop_postgresql
// passes the throwaway cluster ./scripts/test starts): each Server gets a database of its own.
const postgresqlCluster = process.env.WEDSYNC_INTEROP_POSTGRESQL_URL;

function runOnCluster(sql) {
  execFileSync('psql', [postgresqlCluster, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', sql],
    { stdio: ['ignore', 'ignore', 'pipe'] });
}

// One wedsync-server with its data in a private folder: SQLite there, or a fresh PostgreSQL
// database of its own on the test cluster. stop() + start() keeps port and data, so clients
// can reconnect to "the same server" after a restart.
export class Server {
  constructor() {
    this.dataDir = mkdtempSync(join(tmpdir(), 'wedsync-interop-'));
    this.port = 0;
    this.child = null;
    this.output = ''; // everything the server wrote to stdout and stderr
    this.database = null; // the PostgreSQL database's URL, made on the first start
  }

  databaseUrl() {
    // An empty PostgreSQL database instead of SQLite in the data folder, for a run by hand.
    if (process.env.WEDSYNC_INTEROP_DATABASE_URL)
      return process.env.WEDSYNC_INTEROP_DATABASE_URL;
    if (!postgresqlCluster)
      return null;
    if (!this.database) {
      const name = `wedsync_i_${randomBytes(8).toString('hex')}`;
      runOnCluster(`CREATE DATABASE ${name}`);
      const url = new URL(postgresqlCluster);
      url.pathname = `/${name}`;
      this.database = { name, url: url.toString() };
    }
    return this.database.url;
  }

  async start() {
    const args = ['--listen', `127.0.0.1:${this.port}`, '--data-dir', this.dataDir, '--demo'];
    const database = this.databaseUrl();
    if (database)
      args.push('--database', database);
    const child = spawn(serverExecutable(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; this.output += chunk; });
    child.stdout.on('data', (chunk) => { this.output += chunk; });
    const url = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`wedsync-server did not start: ${stderr}`)), 60000);
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`wedsync-server exited with ${code}: ${stderr}`));
      });
    });
    this.baseUrl = url;
    this.port = Number(new URL(url).port);
    return url;
  }

  // SIGTERM, as an operator would; resolves with the exit code.
  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null)
      return child ? child.exitCode : null;
    this.child = null;
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  }

  async dispose() {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
    if (this.database) {
      runOnCluster(`DROP DATABASE IF EXISTS ${this.database.name} WITH (FORCE)`);
      this.database = null;
    }
  }

  get realtimeUrl() {
    return `${this.baseUrl.replace(/^http/, 'ws')}/realtime/v1`;
  }

  async login(email) {
    const response = await fetch(`${this.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: demoPassword }),
    });
    if (response.status !== 200)
      throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
    return response.json();
  }

  async api(method, path, token, body, headers = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  }

  // An access token for an existing session with the lifetime we want, signed with the key
  // file the server created in its data folder (HS256, the same claims it issues).
  mintToken(session, lifetimeSeconds) {
    const key = readFileSync(join(this.dataDir, 'signing.key'));
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url'));
    const now = Math.floor(Date.now() / 1000);
    const body = { ...claims, iat: now, exp: now + lifetimeSeconds, jti: randomUUID() };
    const encode = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
    const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(body)}`;
    const signature = createHmac('sha256', key).update(input).digest('base64url');
    return `${input}.${signature}`;
  }
}

// A realtime client of the given flavour with `ws` as transport (Node 20 has no WebSocket)
// and a quick reconnect, so that recovery does not take the default 1-10 s.
export function makeClient(flavour, server, token, options = {}) {
  const { RealtimeClient } = require(flavour.module);
  const client = new RealtimeClient(server.realtimeUrl, {
    params: { apikey: token },
    transport: WebSocket,
    reconnectAfterMs: () => 200,
    ...(flavour.vsn === '2.0.0' ? { vsn: '2.0.0' } : {}),
    ...options,
  });
  return client;
}

// Subscribes and resolves once SUBSCRIBED; rejects with the server's reason otherwise.
export function subscribe(channel, timeoutMs = 10000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to the join of ${channel.topic}`)), timeoutMs);
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') {
        clearTimeout(timer);
        resolve(channel);
      } else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT' || status === 'CLOSED') {
        clearTimeout(timer);
        reject(new Error(`${status}: ${error ? error.message : 'no reason'}`));
      }
    });
  });
}

// Polls `predicate` until it holds; rejects with `what` after `timeoutMs`.
export async function eventually(predicate, what, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value)
      return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Collects a channel's broadcasts of one event.
export function collect(channel, event) {
  const got = [];
  channel.on('broadcast', { event }, (message) => got.push(message));
  return got;
}
