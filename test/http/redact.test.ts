import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, MASK, Redactor, isSensitiveName, type HttpClient } from '../../src/http/index.js';
import { FAST, json, startTestServer, type TestServer } from './test-server.js';

let server: TestServer | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.stop();
  client = undefined;
  server = undefined;
});

const APP_TOKEN = 'app-token-7f3a9c1e';
const BEARER = 'runtime-token-f00dfeed';
const QUERY_KEY = 'query-key/with+chars';

describe('Redactor', () => {
  it('masks secrets, their URL-encoded form and the credential inside Bearer headers', () => {
    const r = new Redactor([QUERY_KEY, 'abc']);
    r.add(`Bearer ${BEARER}`);
    expect(r.text(`a ${QUERY_KEY} b ${encodeURIComponent(QUERY_KEY)} c ${BEARER}`)).toBe(`a ${MASK} b ${MASK} c ${MASK}`);
    // Values shorter than 4 characters are not treated as secrets.
    expect(r.text('abc')).toBe('abc');
  });

  it('masks sensitive query parameters by name and secrets by value in URLs', () => {
    const r = new Redactor(['s3cr3t-value']);
    expect(r.url('https://u:pw@api.example.com/x?api_key=zzz&page=2&token=yyy&q=s3cr3t-value')).toBe(
      `https://${MASK}:${MASK}@api.example.com/x?api_key=${MASK}&page=2&token=${MASK}&q=${MASK}`,
    );
  });

  it('masks credential headers by name', () => {
    const r = new Redactor();
    expect(
      r.headers({ Authorization: 'Bearer x', 'X-App-Token': 't', 'X-App-Id': 'id-1', 'x-api-key': 'k', 'X-Spaaza-Session-Key': 's', accept: 'a' }),
    ).toEqual({ Authorization: MASK, 'X-App-Token': MASK, 'X-App-Id': 'id-1', 'x-api-key': MASK, 'X-Spaaza-Session-Key': MASK, accept: 'a' });
    for (const name of ['authorization', 'x-app-token', 'x-api-key', 'client-key', 'refresh-token', 'x-session-user', 'cookie']) {
      expect(isSensitiveName(name), name).toBe(true);
    }
    for (const name of ['x-app-id', 'content-type', 'page', 'limit', 'monkey']) expect(isSensitiveName(name), name).toBe(false);
  });
});

describe('Redactor: the forms a vendor echoes a credential in', () => {
  const KEY = 'sk_live/Ab3+x9Q&z=7Kp2mW';
  const r = new Redactor([KEY]);
  const masked = (text: string) => expect(r.text(`[${text}]`), text).toBe(`[${MASK}]`);

  it('masks it escaped, once or twice over: JSON, \\u, HTML references, percent-encoding', () => {
    masked(KEY.replaceAll('/', '\\/'));
    masked([...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
    masked([...KEY].map((c) => (/\w/.test(c) ? c : `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`)).join(''));
    masked(KEY.replaceAll('&', '&amp;').replaceAll('/', '&sol;'));
    masked(encodeURIComponent(KEY));
    masked(encodeURIComponent(encodeURIComponent(KEY)));
    // A JSON string holding JSON: `\\/` read twice.
    masked(JSON.stringify(KEY.replaceAll('/', '\\/')).slice(1, -1));
  });

  it('masks it in any letter case', () => {
    masked(KEY.toLowerCase());
    masked(KEY.toUpperCase());
  });

  it('masks its base64, standard and URL-safe, wherever it starts within the encoded text', () => {
    for (const prefix of ['', 'u:', 'id:']) {
      for (const form of ['base64', 'base64url'] as const) {
        const encoded = Buffer.from(`${prefix}${KEY}`).toString(form);
        expect(r.text(encoded), `${form} after ${JSON.stringify(prefix)}`).not.toContain(Buffer.from(KEY).toString(form).slice(4, -4));
        expect(r.text(encoded)).toContain(MASK);
      }
    }
  });

  it('masks a piece of 8 or more characters of a long secret, but not ordinary words it happens to hold', () => {
    expect(r.text('key Ab3+x9Q&z= was refused')).toBe(`key ${MASK} was refused`);
    expect(r.text('sk_live/Ab3+x9…')).toMatch(/^.?\*\*\*…$/);
    // Only windows that mix letters with digits or cases count: `sk_live/` is a prefix every key has.
    expect(r.text('keys start sk_live/ and sk_live_')).toBe('keys start sk_live/ and sk_live_');
    const sandbox = new Redactor(['sandbox-api_key-topsort']);
    expect(sandbox.text('sandbox-state.json topsort-api_key')).toBe('sandbox-state.json topsort-api_key');
    // Shorter secrets are masked whole only.
    expect(new Redactor(['Ab3x9Q7Kp2']).text('Ab3x9Q7K')).toBe('Ab3x9Q7K');
  });

  it('leaves text around a masked escape as it was', () => {
    expect(r.text(`{"key":"${KEY.replaceAll('/', '\\/')}","page":2}`)).toBe(`{"key":"${MASK}","page":2}`);
    expect(r.text(`a=${encodeURIComponent(KEY)}&b=1`)).toBe(`a=${MASK}&b=1`);
  });
});

describe('credentials never leave the client', () => {
  it('keeps configured secrets and run-time tokens out of errors, URLs, body snippets and log lines', async () => {
    // A badly behaved vendor: echoes every header and the query back in its 500 answer.
    server = await startTestServer((req, res) => json(res, 500, { headers: req.headers, url: req.url }));
    const lines: string[] = [];
    client = createHttpClient({
      baseUrl: server.url,
      name: 'shop-eu',
      secrets: [APP_TOKEN, QUERY_KEY],
      policy: { ...FAST, retry: { ...FAST.retry, maxRetries: 2 } },
      log: (l) => lines.push(l),
      auth: { headers: async () => ({ 'X-App-Id': 'app-id-1', 'X-App-Token': APP_TOKEN, Authorization: `Bearer ${BEARER}` }) },
    });
    const err = (await client
      .request({ method: 'GET', path: '/v1/campaigns', query: { key: QUERY_KEY, page: 1 }, purpose: 'list campaigns' })
      .catch((e: unknown) => e)) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.status).toBe(500);
    expect(server.received[0]!.headers['x-app-token']).toBe(APP_TOKEN); // it was sent
    expect(err.body).toContain(MASK); // the snippet is there, only masked
    const everything = [err.message, err.url, err.body ?? '', JSON.stringify(err), String(err.stack), ...lines].join('\n');
    for (const secret of [APP_TOKEN, BEARER, QUERY_KEY, encodeURIComponent(QUERY_KEY)]) {
      expect(everything).not.toContain(secret);
    }
    expect(err.url).toBe(`${server.url}/v1/campaigns?key=${MASK}&page=1`);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('masks tokens an auth request receives when a later error echoes them', async () => {
    server = await startTestServer((req, res) => {
      if (req.url === '/token') return json(res, 200, { access_token: 'issued-token-0a1b2c' });
      json(res, 403, { error: 'forbidden', got: req.headers.authorization });
    });
    let token: string | undefined;
    client = createHttpClient({
      baseUrl: server.url,
      name: 'acct',
      policy: FAST,
      auth: {
        headers: async (c) => {
          token ??= (await c.request<{ access_token: string }>({ method: 'POST', path: '/token', skipAuth: true, form: { client_secret: 'form-secret-99' } })).body.access_token;
          return { authorization: `Bearer ${token}` };
        },
      },
    });
    const err = (await client.request({ method: 'GET', path: '/x' }).catch((e: unknown) => e)) as HttpError;
    expect(err.status).toBe(403);
    expect(JSON.stringify(err)).not.toContain('issued-token-0a1b2c');
    expect(err.message).toContain(MASK);
  });
});
