// The REST peer of bench_server: the two routes it measures, written the ordinary Node way
// (fastify 5, better-sqlite3 or pg), on the very database a wedsync-server --demo created, so
// both answer from the same rows, schema and indexes.
//
//   node server.mjs --database sqlite:/path/wedsync.db | postgresql://user@host:port/db
//                   --signing-key /path/signing.key [--port 0]
//
// Prints "peer listening on http://127.0.0.1:PORT" when ready (as wedsync-server does).
//
// What it does per request, to be a fair peer:
// - verifies the bearer token (JWT HS256 with wedsync's signing key, exp checked), and caches
//   the caller (session live, account enabled, staff kind, memberships) per token, as
//   wedsync-server caches its Operator;
// - GET /api/v1/organizations/:org/sections: the caller must see the organization (staff, or
//   admin/coordinator there); the organization's sections in wedsync's order and JSON shape;
// - GET /api/v1/sections/:id: one section with its ETag;
// - PATCH /api/v1/sections/:id with If-Match: "<version>" (428 without, 412 with the current
//   section when stale), the customization/visibility/layout/permissions groups merged key by
//   key, one transaction: UPDATE ... WHERE version = expected, and an audit_log row.
import crypto from 'node:crypto';
import fs from 'node:fs';
import Fastify from 'fastify';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const databaseUrl = option('database');
const keyFile = option('signing-key');
const port = Number(option('port', '0'));
if (!databaseUrl || !keyFile) {
  console.error('usage: node server.mjs --database URL --signing-key FILE [--port N]');
  process.exit(2);
}
const signingKey = fs.readFileSync(keyFile);

// One small interface over both drivers: all(sql, params), one(sql, params), tx(fn).
async function openStore(url) {
  if (url.startsWith('sqlite:')) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(url.slice('sqlite:'.length));
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    const cache = new Map();
    let turn = Promise.resolve();
    const prepared = (sql) => {
      let s = cache.get(sql);
      if (!s) cache.set(sql, (s = db.prepare(sql)));
      return s;
    };
    // $1.. placeholders in the shared SQL become ? for SQLite.
    const sqlite = (sql) => sql.replace(/\$\d+/g, '?');
    const store = {
      kind: 'sqlite',
      all: async (sql, params = []) => prepared(sqlite(sql)).all(...params),
      one: async (sql, params = []) => prepared(sqlite(sql)).get(...params),
      run: async (sql, params = []) => prepared(sqlite(sql)).run(...params).changes,
      // One connection: transactions take turns (the awaits inside one let other requests'
      // microtasks run, which must not BEGIN inside it).
      tx: (fn) => {
        const run = async () => {
          prepared('BEGIN IMMEDIATE').run();
          try {
            const result = await fn(store);
            prepared('COMMIT').run();
            return result;
          } catch (e) {
            prepared('ROLLBACK').run();
            throw e;
          }
        };
        const result = turn.then(run, run);
        turn = result.catch(() => {});
        return result;
      },
    };
    return store;
  }
  const { default: pg } = await import('pg');
  // JSONB comes back parsed; timestamps are TEXT in this schema, so no conversion happens.
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const wrap = (client) => ({
    kind: 'postgresql',
    all: async (sql, params = []) => (await client.query(sql, params)).rows,
    one: async (sql, params = []) => (await client.query(sql, params)).rows[0],
    run: async (sql, params = []) => (await client.query(sql, params)).rowCount,
  });
  const store = wrap(pool);
  store.tx = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(wrap(client));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK');
      throw e;
    } finally {
      client.release();
    }
  };
  return store;
}

const store = await openStore(databaseUrl);
const json = (value) => (typeof value === 'string' ? JSON.parse(value) : value);

function base64url(buffer) {
  return buffer.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function verifyToken(token) {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const expected = base64url(crypto.createHmac('sha256', signingKey).update(`${parts[0]}.${parts[1]}`).digest());
  const given = Buffer.from(parts[2]);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, Buffer.from(expected))) return null;
  let claims;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return null;
  return claims;
}

const callers = new Map(); // token -> { caller, exp }
async function callerOf(request) {
  const header = request.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return null;
  const token = header.slice(7);
  const cached = callers.get(token);
  if (cached && cached.exp * 1000 > Date.now()) return cached.caller;
  const claims = verifyToken(token);
  if (!claims) return null;
  const session = await store.one('SELECT user_id, revoked_at FROM sessions WHERE id = $1', [claims.sid]);
  if (!session || session.user_id !== claims.sub || session.revoked_at) return null;
  const user = await store.one('SELECT disabled FROM users WHERE id = $1', [claims.sub]);
  if (!user || user.disabled === true || user.disabled === 1) return null;
  const staff = await store.one('SELECT kind FROM platform_staff WHERE user_id = $1', [claims.sub]);
  const memberships = await store.all('SELECT organization_id, role FROM memberships WHERE user_id = $1', [claims.sub]);
  const caller = {
    id: claims.sub,
    staff: staff?.kind ?? null,
    roles: new Map(memberships.map((m) => [m.organization_id, m.role])),
  };
  if (callers.size > 10000) callers.clear();
  callers.set(token, { caller, exp: claims.exp });
  return caller;
}

const canRead = (caller, org) => caller.staff !== null || ['admin', 'coordinator'].includes(caller.roles.get(org));

// wedsync's wire form of a section (api/SectionWire, core/SectionJson).
function sectionJson(row) {
  const config = json(row.config);
  return {
    id: row.id,
    organizationId: row.organization_id,
    weddingId: row.wedding_id ?? null,
    sectionType: row.section_type,
    visibility: config.visibility,
    layout: config.layout,
    customization: config.customization,
    permissions: config.permissions,
    metadata: {
      createdBy: row.created_by ?? '',
      updatedBy: row.updated_by ?? '',
      version: Number(row.version),
      lastSynced: null,
    },
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const Columns = 'id, organization_id, wedding_id, section_type, config, position, version,'
  + ' created_by, updated_by, created_at, updated_at';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function error(reply, status, code, message, details = {}) {
  return reply.code(status).send({ error: { code, message, details } });
}

const app = Fastify({ logger: false, keepAliveTimeout: 30000 });
app.addHook('onRequest', async (request, reply) => {
  request.caller = await callerOf(request);
  if (!request.caller) return error(reply, 401, 'unauthenticated', 'Sign in first.');
});

app.get('/api/v1/organizations/:org/sections', async (request, reply) => {
  const { org } = request.params;
  if (!uuid.test(org)) return error(reply, 400, 'invalid_id', 'The org in the path is not a valid id.');
  if (!canRead(request.caller, org)) return error(reply, 404, 'not_found', 'The organization was not found.');
  const rows = await store.all(
    `SELECT ${Columns} FROM section_configurations WHERE organization_id = $1 ORDER BY position, section_type, id`,
    [org]);
  reply.header('Cache-Control', 'no-store');
  return { items: rows.map(sectionJson) };
});

async function findSection(db, id) {
  return db.one(`SELECT ${Columns} FROM section_configurations WHERE id = $1`, [id]);
}

app.get('/api/v1/sections/:id', async (request, reply) => {
  const { id } = request.params;
  if (!uuid.test(id)) return error(reply, 400, 'invalid_id', 'The id in the path is not a valid id.');
  const row = await findSection(store, id);
  if (!row || !canRead(request.caller, row.organization_id)) return error(reply, 404, 'not_found', 'The section was not found.');
  reply.header('ETag', `"${row.version}"`).header('Cache-Control', 'no-store');
  return sectionJson(row);
});

const Groups = ['visibility', 'layout', 'customization', 'permissions'];

app.patch('/api/v1/sections/:id', async (request, reply) => {
  const { id } = request.params;
  if (!uuid.test(id)) return error(reply, 400, 'invalid_id', 'The id in the path is not a valid id.');
  const ifMatch = /^"(\d+)"$/.exec(request.headers['if-match'] ?? '');
  if (!ifMatch) return error(reply, 428, 'precondition_required', 'Send If-Match with the version you edited.');
  const expected = Number(ifMatch[1]);
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return error(reply, 400, 'invalid_body', 'Send a JSON object.');
  const now = new Date().toISOString();
  const outcome = await store.tx(async (db) => {
    const row = await findSection(db, id);
    if (!row || !canRead(request.caller, row.organization_id)) return { status: 404 };
    if (Number(row.version) !== expected) return { status: 412, row };
    const before = json(row.config);
    const after = { ...before };
    for (const group of Groups) {
      if (body[group] === undefined) continue;
      if (typeof body[group] !== 'object' || body[group] === null) return { status: 400, field: group };
      after[group] = { ...before[group], ...body[group] };
    }
    const changed = await db.run(
      'UPDATE section_configurations SET config = $1, version = version + 1, updated_by = $2, updated_at = $3'
        + ' WHERE id = $4 AND version = $5',
      [JSON.stringify(after), request.caller.id, now, id, expected]);
    if (changed !== 1) return { status: 412, row: await findSection(db, id) };
    await db.run(
      'INSERT INTO audit_log (id, occurred_at, actor_id, organization_id, entity_type, entity_id, action,'
        + ' before_json, after_json, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      [crypto.randomUUID(), now, request.caller.id, row.organization_id, 'section_configuration', id, 'update',
        JSON.stringify(sectionJson(row)), JSON.stringify(after), crypto.randomUUID()]);
    return { status: 200, row: await findSection(db, id) };
  });
  if (outcome.status === 404) return error(reply, 404, 'not_found', 'The section was not found.');
  if (outcome.status === 400)
    return error(reply, 400, 'validation_failed', `${outcome.field} must be an object.`);
  if (outcome.status === 412)
    return error(reply, 412, 'version_conflict', 'The section changed since you read it.',
      { current: sectionJson(outcome.row) });
  reply.header('ETag', `"${outcome.row.version}"`).header('Cache-Control', 'no-store');
  return sectionJson(outcome.row);
});

const address = await app.listen({ host: '127.0.0.1', port });
console.log(`peer listening on ${address}`);
