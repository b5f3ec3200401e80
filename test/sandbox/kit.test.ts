/** The pieces every fake shares: the router, integer query parameters, seeded ids. */
import { describe, expect, it } from 'vitest';
import type { FakeContext, FakeRequest, FakeResponse } from '../../src/sandbox/fake.js';
import type { ErrorFormat } from '../../src/sandbox/kit/errors.js';
import { ALPHANUMERIC, randomChars, uuidV4 } from '../../src/sandbox/kit/ids.js';
import { queryInt } from '../../src/sandbox/kit/query.js';
import { route, router, type RouterOptions } from '../../src/sandbox/kit/router.js';
import { seededRandom } from '../../src/sandbox/faults.js';

const errors: ErrorFormat = {
  routeNotFound: (method, path) => ({ status: 404, body: { no_route: `${method} ${path}` } }),
  methodNotAllowed: (method, path, allow) => ({ status: 405, body: { wrong_method: method, path }, headers: { allow: allow.join(', ') } }),
  rateLimited: () => ({ status: 429 }),
  serverFault: (status) => ({ status }),
};

const request = (method: string, path: string): FakeRequest => ({ method, path, query: new URLSearchParams(), headers: {}, body: undefined });
const ctx = {} as FakeContext;

function shop(opts: Partial<RouterOptions> = {}) {
  return router(
    [
      route('/items', { GET: () => ({ status: 200, body: 'list' }), POST: () => ({ status: 201 }) }),
      route('/items/:id', { GET: (_req, _ctx, { id }) => ({ status: 200, body: { id } }) }),
      route('/shops/:shop/items/:item', { PUT: (_req, _ctx, params) => ({ status: 200, body: params }) }),
    ],
    { errors, ...opts },
  );
}

const send = async (handle: ReturnType<typeof shop>, method: string, path: string): Promise<FakeResponse> => handle(request(method, path), ctx);

describe('router', () => {
  it('hands each route its named path parameters, decoded', async () => {
    const handle = shop();
    expect(await send(handle, 'GET', '/items')).toEqual({ status: 200, body: 'list' });
    expect(await send(handle, 'GET', '/items/a%20b%2Fc')).toEqual({ status: 200, body: { id: 'a b/c' } });
    expect(await send(handle, 'PUT', '/shops/s1/items/i%C3%A9')).toEqual({ status: 200, body: { shop: 's1', item: 'ié' } });
  });

  it('answers an unknown path, an empty parameter and a broken percent-encoding with the vendor\'s unknown route', async () => {
    const handle = shop();
    for (const path of ['/nope', '/items/', '/items//', '/items/a/b', '/shops//items/x', '/items/%E0%A4%A', '/items/%zz', '/']) {
      expect(await send(handle, 'GET', path), path).toEqual({ status: 404, body: { no_route: `GET ${path}` } });
    }
  });

  it('answers a known path asked with another method with the vendor\'s 405 and the methods in declared order', async () => {
    expect(await send(shop(), 'DELETE', '/items')).toEqual({ status: 405, body: { wrong_method: 'DELETE', path: '/items' }, headers: { allow: 'GET, POST' } });
  });

  it('answers such a request as an unknown route when the vendor has no 405', async () => {
    const { methodNotAllowed: _, ...without } = errors;
    expect(await send(shop({ errors: without }), 'DELETE', '/items')).toEqual({ status: 404, body: { no_route: 'DELETE /items' } });
  });

  it('never takes a method name from the prototype for a handler', async () => {
    expect((await send(shop(), 'constructor', '/items')).status).toBe(405);
  });

  it('treats a trailing slash as another path unless told to ignore one', async () => {
    expect((await send(shop(), 'GET', '/items/7/')).status).toBe(404);
    const lenient = shop({ trailingSlash: 'ignored' });
    expect(await send(lenient, 'GET', '/items/7/')).toEqual({ status: 200, body: { id: '7' } });
    expect(await send(lenient, 'GET', '/items/')).toEqual({ status: 200, body: 'list' });
    expect((await send(lenient, 'GET', '/items//')).status).toBe(404);
  });
});

describe('queryInt', () => {
  const read = (search: string) => queryInt(new URLSearchParams(search), 'limit', { min: 1, max: 100 });

  it('reads whole numbers, with surrounding spaces or a sign, and says when the parameter is absent', () => {
    expect(read('limit=5')).toEqual({ value: 5 });
    expect(read('limit=%205%20')).toEqual({ value: 5 });
    expect(read('limit=%2B7')).toEqual({ value: 7 });
    expect(read('other=5')).toEqual({ value: undefined });
  });

  it('names what is wrong, with the bounds, for the vendor to word', () => {
    expect(read('limit=ten').problem).toEqual({ name: 'limit', kind: 'not-an-integer', min: 1, max: 100 });
    expect(read('limit=1.5').problem?.kind).toBe('not-an-integer');
    expect(read('limit=').problem?.kind).toBe('not-an-integer');
    expect(read('limit=0').problem).toEqual({ name: 'limit', kind: 'below-min', min: 1, max: 100 });
    expect(read('limit=-3').problem?.kind).toBe('below-min');
    expect(read('limit=101').problem).toEqual({ name: 'limit', kind: 'above-max', min: 1, max: 100 });
  });
});

describe('seeded ids', () => {
  it('makes version-4 uuids, the same ones for the same seed', () => {
    const a = seededRandom(7);
    const ids = [uuidV4(a), uuidV4(a)];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
    const b = seededRandom(7);
    expect([uuidV4(b), uuidV4(b)]).toEqual(ids);
  });

  it('draws characters of the alphabet it is given', () => {
    expect(randomChars(seededRandom(1), ALPHANUMERIC, 24)).toMatch(/^[0-9a-zA-Z]{24}$/);
    expect(randomChars(seededRandom(1), 'ab', 8)).toMatch(/^[ab]{8}$/);
  });
});
