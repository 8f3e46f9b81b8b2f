// Realtime fan-out benchmark: N WebSocket clients on one topic, publishers at a fixed rate,
// against wedsync-server (Supabase Realtime protocol, vsn 2.0.0), a Socket.IO 4 server and a
// plain `ws` server, driven by the same load generator (raw `ws` clients speaking each
// server's protocol, so that no client library weighs on one side). Prints delivered
// messages/s, latency p50/p95/p99, server CPU and RSS, and server memory per idle connection.
// A table of figures, not a test: nothing here passes or fails.
//
//   node bench.mjs --server=<path to wedsync-server> [--clients=1000] [--rates=20,50,100]
//                  [--seconds=10] [--only=wedsync,socket.io,ws]
//                  [--loadgen=<path to bench_realtimeload> [--loadgen-threads=1]]
//                  [--pin-cpus=SERVER,GENERATOR]
//
// With --loadgen the clients are the C++ generator's (bench_realtimeload, epoll, no JSON
// parsing), not this Node process's: at high rates one Node thread is the limit, not the server.
// With --pin-cpus (e.g. 1,0) each server runs on the first CPU and the C++ generator on the
// second (taskset): on loopback the kernel otherwise wakes the generator on the server's CPU,
// and the two take turns on one core while the other idles.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// Taken before anything runs: a busy machine makes every figure below worthless.
const startLoad = require('node:os').loadavg();
const options = Object.fromEntries(process.argv.slice(2).map((arg) => {
  const [key, value] = arg.replace(/^--/, '').split('=');
  return [key, value ?? 'true'];
}));
const clients = Number(options.clients ?? 1000);
const rates = (options.rates ?? '20,50,100').split(',').map(Number);
const seconds = Number(options.seconds ?? 10);
const only = (options.only ?? 'wedsync,socket.io,ws').split(',');
const serverBinary = options.server ?? process.env.WEDSYNC_SERVER_EXECUTABLE;
const loadgen = options.loadgen;
const loadgenThreads = Number(options['loadgen-threads'] ?? 1);
const [serverCpu, generatorCpu] = (options['pin-cpus'] ?? '').split(',').filter((c) => c !== '');

// The command line that runs `command` on `cpu` (taskset keeps the process id), or as it is.
function onCpu(cpu, command, args) {
  return cpu === undefined ? [command, args] : ['taskset', ['-c', cpu, command, ...args]];
}
// Our hub allows 100 events per second per connection; publishers stay well below.
const perPublisherRate = 40;
const padding = 'x'.repeat(64);
const ticksPerSecond = 100; // getconf CLK_TCK on Linux

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// CPU seconds and memory of a process, from /proc.
function processStats(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    cpuSeconds: (Number(fields[11]) + Number(fields[12])) / ticksPerSecond,
    rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)[1]),
    wall: performance.now(),
  };
}

function startProcess(command, args, readyPattern) {
  const child = spawn(...onCpu(serverCpu, command, args), { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk) => { err += chunk; });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = readyPattern.exec(out);
      if (match)
        resolve({ child, match });
    });
    child.on('exit', (code) => reject(new Error(`${command} exited with ${code}: ${err}`)));
  });
}

async function stopProcess(child) {
  if (child.exitCode !== null)
    return;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(5000)]);
  if (child.exitCode === null)
    child.kill('SIGKILL');
}

// Each target: how to start its server, and how a client connects, publishes and reads.
const targets = {
  wedsync: {
    label: 'wedsync-server',
    async start() {
      if (!serverBinary)
        throw new Error('wedsync-server not given: pass --server=<path> or set WEDSYNC_SERVER_EXECUTABLE');
      const dataDir = mkdtempSync(join(tmpdir(), 'wedsync-bench-'));
      const { child, match } = await startProcess(serverBinary,
        // Every client comes from 127.0.0.1 as one user: lift the per-address connection cap
        // (256) and the per-user socket cap (32).
        ['--listen', '127.0.0.1:0', '--data-dir', dataDir, '--demo',
         '--max-connections-per-address', '100000', '--sockets-per-user', '100000'],
        /listening on (http:\/\/\S+)/);
      const base = match[1];
      const login = await (await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@evergreen.demo', password: 'demo-password' }),
      })).json();
      const orgs = await (await fetch(`${base}/api/v1/organizations`, {
        headers: { authorization: `Bearer ${login.accessToken}` },
      })).json();
      const topic = `realtime:org:${orgs.items.find((o) => o.name === 'Evergreen Weddings').id}`;
      return {
        child,
        cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
        url: `${base.replace(/^http/, 'ws')}/realtime/v1/websocket?vsn=2.0.0&apikey=${login.accessToken}`,
        topic,
      };
    },
    loadgenArgs: (server) => ['--protocol=phoenix', `--topic=${server.topic}`],
    connect(server, onMessage) {
      const ws = new WebSocket(server.url, { perMessageDeflate: false });
      let ref = 1;
      const heartbeat = setInterval(() => {
        if (ws.readyState === 1)
          ws.send(JSON.stringify([null, String(++ref), 'phoenix', 'heartbeat', {}]));
      }, 25000);
      ws.on('close', () => clearInterval(heartbeat));
      const ready = new Promise((resolve, reject) => {
        ws.on('open', () => ws.send(JSON.stringify(['1', '1', server.topic, 'phx_join',
          { config: { broadcast: { self: false, ack: false } } }])));
        ws.on('message', (data) => {
          const m = JSON.parse(data);
          if (m[3] === 'broadcast')
            onMessage(m[4].payload);
          else if (m[3] === 'phx_reply' && m[1] === '1')
            (m[4].status === 'ok' ? resolve : reject)(new Error(JSON.stringify(m[4])));
        });
        ws.on('error', reject);
      });
      return {
        ws,
        ready,
        publish: (payload) => ws.send(JSON.stringify(['1', String(++ref), server.topic, 'broadcast',
          { type: 'broadcast', event: 'b', payload }])),
      };
    },
  },
  'socket.io': {
    label: `socket.io ${require('socket.io/package.json').version}`,
    async start() {
      const { child, match } = await startProcess(process.execPath, [join(here, 'peer-socketio.mjs')], /listening (\d+)/);
      return { child, url: `ws://127.0.0.1:${match[1]}/socket.io/?EIO=4&transport=websocket` };
    },
    loadgenArgs: () => ['--protocol=engineio'],
    // Engine.IO 4 over a raw WebSocket: "0{…}" open, "40" connect, "2"/"3" ping/pong,
    // '42["event",data]' events.
    connect(server, onMessage) {
      const ws = new WebSocket(server.url, { perMessageDeflate: false });
      const ready = new Promise((resolve, reject) => {
        ws.on('message', (data) => {
          const text = data.toString();
          if (text.startsWith('42'))
            onMessage(JSON.parse(text.slice(2))[1]);
          else if (text === '2')
            ws.send('3');
          else if (text.startsWith('40'))
            resolve();
          else if (text[0] === '0')
            ws.send('40');
        });
        ws.on('error', reject);
      });
      return { ws, ready, publish: (payload) => ws.send(`42${JSON.stringify(['pub', payload])}`) };
    },
  },
  ws: {
    label: `ws ${require('ws/package.json').version}`,
    async start() {
      const { child, match } = await startProcess(process.execPath, [join(here, 'peer-ws.mjs')], /listening (\d+)/);
      return { child, url: `ws://127.0.0.1:${match[1]}/` };
    },
    loadgenArgs: () => ['--protocol=plain'],
    connect(server, onMessage) {
      const ws = new WebSocket(server.url, { perMessageDeflate: false });
      ws.on('message', (data) => onMessage(JSON.parse(data)));
      const ready = new Promise((resolve, reject) => {
        ws.on('open', resolve);
        ws.on('error', reject);
      });
      return { ws, ready, publish: (payload) => ws.send(JSON.stringify(payload)) };
    },
  },
};

// One run at `rate` messages/s for `seconds`; every receiver records each message's latency.
async function measure(target, server, receivers, publishers, rate, state) {
  const expected = Math.round(rate * seconds);
  state.latencies = new Float64Array(expected * receivers.length);
  state.delivered = 0;
  state.lastDelivery = 0;
  state.base = state.next;
  const before = processStats(server.child.pid);
  const generatorBefore = process.cpuUsage();
  const start = performance.now();
  let sent = 0;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const due = Math.min(expected, Math.floor(((performance.now() - start) / 1000) * rate));
      for (; sent < due; ++sent) {
        publishers[sent % publishers.length].publish({ i: state.next++, t: performance.now(), p: padding });
      }
      if (sent >= expected) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const total = expected * receivers.length;
  const drainUntil = performance.now() + 10000;
  while (state.delivered < total && performance.now() < drainUntil)
    await sleep(20);
  const after = processStats(server.child.pid);
  const generator = process.cpuUsage(generatorBefore);
  const lat = state.latencies.subarray(0, state.delivered).sort();
  const pick = (q) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor(q * lat.length))] : NaN);
  return {
    rate,
    deliveredPerSecond: state.delivered / ((state.lastDelivery - start) / 1000),
    p50: pick(0.5),
    p95: pick(0.95),
    p99: pick(0.99),
    loss: 1 - state.delivered / total,
    cpuPercent: (100 * (after.cpuSeconds - before.cpuSeconds)) / ((after.wall - before.wall) / 1000),
    // This load generator's own CPU (one Node thread): near 100 %, it is the limit, not the server.
    generatorPercent: (100 * ((generator.user + generator.system) / 1e6)) / ((after.wall - before.wall) / 1000),
    rssMb: after.rssKb / 1024,
  };
}

// The same figures from the C++ generator, which prints one JSON object per line.
async function benchWithLoadgen(target, server) {
  const args = [`--url=${server.url}`, `--server-pid=${server.child.pid}`, `--clients=${clients}`,
    `--rates=${rates.join(',')}`, `--seconds=${seconds}`, `--threads=${loadgenThreads}`,
    ...target.loadgenArgs(server)];
  const child = spawn(...onCpu(generatorCpu, loadgen, args), { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0)
    throw new Error(`${loadgen} exited with ${code}`);
  const lines = out.trim().split('\n').map((line) => JSON.parse(line));
  return { label: target.label, idleKbPerConnection: lines[0].idleKbPerConnection, runs: lines.slice(1) };
}

async function benchTarget(name) {
  const target = targets[name];
  const server = await target.start();
  if (loadgen) {
    try {
      await sleep(1000);
      return await benchWithLoadgen(target, server);
    } finally {
      await stopProcess(server.child);
      server.cleanup?.();
    }
  }
  const state = { next: 0, base: 0, delivered: 0, lastDelivery: 0, latencies: new Float64Array(0) };
  const onMessage = (payload) => {
    const now = performance.now();
    if (payload.i < state.base)
      return; // a straggler of an earlier run
    if (state.delivered < state.latencies.length)
      state.latencies[state.delivered] = now - payload.t;
    ++state.delivered;
    state.lastDelivery = now;
  };
  try {
    await sleep(1000);
    const empty = processStats(server.child.pid);
    const receivers = [];
    // In batches, so that the listen backlog is never the bottleneck being measured.
    for (let i = 0; i < clients; i += 50) {
      const batch = [];
      for (let j = i; j < Math.min(clients, i + 50); ++j)
        batch.push(target.connect(server, onMessage));
      await Promise.all(batch.map((c) => c.ready));
      receivers.push(...batch);
    }
    const publishers = [];
    const maxRate = Math.max(...rates);
    for (let i = 0; i < Math.ceil(maxRate / perPublisherRate); ++i) {
      const publisher = target.connect(server, () => {});
      await publisher.ready;
      publishers.push(publisher);
    }
    await sleep(2000);
    const idle = processStats(server.child.pid);
    const idleKbPerConnection = (idle.rssKb - empty.rssKb) / (clients + publishers.length);
    const runs = [];
    for (const rate of rates) {
      runs.push(await measure(target, server, receivers, publishers, rate, state));
      await sleep(1000);
    }
    for (const c of [...receivers, ...publishers])
      c.ws.terminate();
    return { label: target.label, idleKbPerConnection, runs };
  } finally {
    await stopProcess(server.child);
    server.cleanup?.();
  }
}

const results = [];
for (const name of only) {
  process.stderr.write(`bench: ${name} ...\n`);
  results.push(await benchTarget(name));
}

const pad = (text, width) => String(text).padStart(width);
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
console.log(`load average at the start: ${startLoad.map((l) => l.toFixed(2)).join(' ')} (a figure is `
  + 'worth comparing only on a quiet machine)');
console.log(`Realtime fan-out: ${clients} clients on one topic, ${padding.length}-byte padding, `
  + `${seconds} s per rate, loopback; load generator and server share this machine `
  + `(${require('node:os').cpus().length} cores).`);
console.log(loadgen ? `Load generator: bench_realtimeload (C++, epoll, ${loadgenThreads} thread(s)).`
  : 'Load generator: this Node process (ws clients, one thread).');
if (serverCpu !== undefined)
  console.log(`Servers pinned to CPU ${serverCpu}${generatorCpu !== undefined ? `, the generator to CPU ${generatorCpu}` : ''}.`);
for (const rate of rates) {
  console.log(`\npublished ${rate} msg/s -> offered ${rate * clients} deliveries/s`);
  console.log(`${'server'.padEnd(18)}${pad('delivered/s', 12)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}`
    + `${pad('p99 ms', 9)}${pad('loss %', 8)}${pad('CPU %', 7)}${pad('CPU µs/msg', 11)}`
    + `${pad('RSS MB', 8)}${pad('gen CPU %', 10)}`);
  for (const r of results) {
    const run = r.runs.find((x) => x.rate === rate);
    console.log(`${r.label.padEnd(18)}${pad(fixed(run.deliveredPerSecond, 0), 12)}${pad(fixed(run.p50, 1), 9)}`
      + `${pad(fixed(run.p95, 1), 9)}${pad(fixed(run.p99, 1), 9)}${pad(fixed(run.loss * 100, 2), 8)}`
      + `${pad(fixed(run.cpuPercent, 0), 7)}`
      // The server's CPU time per delivered message: % of one core × 10,000 / deliveries per s.
      + `${pad(fixed((run.cpuPercent * 1e4) / run.deliveredPerSecond, 2), 11)}`
      + `${pad(fixed(run.rssMb, 1), 8)}${pad(fixed(run.generatorPercent, 0), 10)}`);
  }
}
console.log(`\nserver memory per idle connection (joined, RSS growth / connections)`);
for (const r of results)
  console.log(`${r.label.padEnd(18)}${pad(fixed(r.idleKbPerConnection, 1), 8)} KB`);
