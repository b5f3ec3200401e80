/**
 * Credentials never reach output. Recognisable values (`SeCrEt-<vendor>-<random>`) sit in the
 * environment of five real-style accounts (endpoint: a loopback proxy in front of the sandbox,
 * credentials from env); every command runs, in every format, through the happy path and through
 * vendors that answer 500 with the request headers echoed back (reads, writes, Masivo's token
 * exchange). Then no value, nor the Masivo token exchanged at run time, nor the GitHub token, may
 * appear in stdout, stderr, any file the commands wrote (plans, apply results, the last-applied
 * record, imported campaigns, the job summary), or anything the fake GitHub received.
 *
 * Then vendors that echo the credentials they refused in another form (the sandbox's
 * echo-credentials fault): JSON-escaped with `\/`, `\u`-escaped, HTML-escaped, URL-encoded, lower
 * or upper case, base64 (standard and URL-safe, at each alignment) or cut short. No form of a
 * value, nor a distinctive run of 8 of its characters, may be shown or saved.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FRAGMENT_LENGTH } from '../src/http/redact.js';
import type { EchoEncoding } from '../src/sandbox/faults.js';
import type { Sandbox } from '../src/sandbox/server.js';
import type { SandboxState } from '../src/sandbox/state-file.js';
import { startFakeGithub, type FakeGithub } from './github/fake-github.js';
import { tempProject, type CliRun, type Project } from './helpers/cli.js';
import { startTestSandbox } from './helpers/sandbox.js';

const root = path.resolve(import.meta.dirname, '..');
const nonce = () => randomBytes(6).toString('hex');

/** Keys as vendors issue them hold `/`, `+` and `=` (base64), which every escaping rewrites. */
const SECRETS: Readonly<Record<string, string>> = {
  MASIVO_API_KEY: `SeCrEt-masivo-${nonce()}/${nonce()}+=`,
  VOUCHERIFY_APP_ID: `SeCrEt-voucherify-id-${nonce()}`,
  VOUCHERIFY_APP_TOKEN: `SeCrEt-voucherify-${nonce()}/${nonce()}=`,
  LULA_TOKEN: `SeCrEt-lula-${nonce()}/${nonce()}`,
  SPAAZA_SESSION_USER_ID: `SeCrEt-spaaza-user-${nonce()}`,
  SPAAZA_SESSION_KEY: `SeCrEt-spaaza-${nonce()}+${nonce()}`,
  TOPSORT_API_KEY: `SeCrEt-topsort-${nonce()}/${nonce()}==`,
};
const GITHUB_TOKEN = `SeCrEt-github-${nonce()}`;

/** What the proxy does with a vendor request. */
type Mode = 'forward' | 'echo' | 'echo-writes' | 'echo-auth';

/** Credential headers first, so that they sit inside the part of an error body that is shown. */
const FIRST = ['authorization', 'x-api-key', 'x-app-id', 'x-app-token', 'x-spaaza-session-user-id', 'x-spaaza-session-key'];

interface Proxy {
  readonly url: string;
  mode: Mode;
  /** Every credential-bearing header value that went out, and every token Masivo issued. */
  readonly seen: Set<string>;
  readonly echoed: { count: number };
  close(): Promise<void>;
}

/**
 * A loopback proxy in front of the sandbox. `forward` passes everything through; `echo` answers
 * every vendor call but Masivo's token exchange with a 500 whose body is the request's headers;
 * `echo-writes` does so for writes only; `echo-auth` for the token exchange too.
 */
async function startProxy(sb: Sandbox): Promise<Proxy> {
  const seen = new Set<string>();
  const echoed = { count: 0 };
  const proxy = { mode: 'forward' as Mode };
  const server: Server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    for (const name of FIRST) {
      const v = req.headers[name];
      if (typeof v === 'string') seen.add(v.replace(/^Bearer /i, ''));
    }
    const exchange = /^\/masivo\/auth\//.test(req.url ?? '');
    const write = req.method !== 'GET' && !exchange;
    const echo =
      proxy.mode === 'echo-auth' || (proxy.mode === 'echo' && !exchange) || (proxy.mode === 'echo-writes' && write);
    if (echo) {
      echoed.count += 1;
      const headers: IncomingHttpHeaders = {};
      for (const name of FIRST) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
      Object.assign(headers, req.headers);
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'internal error', request: { method: req.method, url: req.url, headers } }));
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: sb.port, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${sb.port}` } },
      (up) => {
        const out: Buffer[] = [];
        up.on('data', (c: Buffer) => out.push(c));
        up.on('end', () => {
          const text = Buffer.concat(out);
          if (exchange) {
            const token = (JSON.parse(text.toString('utf8')) as { data?: unknown }).data;
            if (typeof token === 'string') seen.add(token);
          }
          const headers = { ...up.headers };
          delete headers['transfer-encoding'];
          delete headers.connection;
          res.writeHead(up.statusCode ?? 502, { ...headers, 'content-length': String(text.length) });
          res.end(text);
        });
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    upstream.end(body);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    seen,
    echoed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

function configFor(base: string): string {
  return `accounts:
  loyalty-mx:
    provider: masivo
    endpoint: ${base}/masivo
    credentials:
      api_key: { env: MASIVO_API_KEY }
  shop-eu:
    provider: voucherify
    endpoint: ${base}/voucherify
    credentials:
      app_id: { env: VOUCHERIFY_APP_ID }
      app_token: { env: VOUCHERIFY_APP_TOKEN }
  stores:
    provider: lula
    endpoint: ${base}/lula
    company_id: "1042"
    credentials:
      token: { env: LULA_TOKEN }
  rewards-nl:
    provider: spaaza
    endpoint: ${base}/spaaza
    chain_id: 1
    credentials:
      session_user_id: { env: SPAAZA_SESSION_USER_ID }
      session_key: { env: SPAAZA_SESSION_KEY }
  marketplace-eu:
    provider: topsort
    endpoint: ${base}/topsort
    credentials:
      api_key: { env: TOPSORT_API_KEY }
`;
}

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesBelow(full) : [full];
  });
}

let sb: Sandbox;
let proxy: Proxy;
let github: FakeGithub;
let project: Project;
let seed: SandboxState;
const runs: { args: readonly string[]; run: CliRun }[] = [];

beforeAll(async () => {
  sb = await startTestSandbox();
  seed = structuredClone(sb.state());
  proxy = await startProxy(sb);
  github = await startFakeGithub({ token: GITHUB_TOKEN });
  project = tempProject({}, configFor(proxy.url));
  cpSync(path.join(root, 'campaigns'), path.join(project.dir, 'campaigns'), { recursive: true });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await proxy.close();
  await github.close();
  await sb.stop();
  project.remove();
});

const env = (): Record<string, string> => ({
  ...SECRETS,
  GITHUB_TOKEN,
  GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
  GITHUB_API_URL: github.url,
  GITHUB_SERVER_URL: 'https://github.test',
  GITHUB_RUN_ID: '4242',
  GITHUB_STEP_SUMMARY: path.join(project.dir, 'step-summary.md'),
});

/**
 * The vendors back at their seed, and the project's campaign files and record as before any apply:
 * an apply writes the ids of the campaigns it creates into the files, which the seed does not hold.
 */
function reseed(): void {
  sb.setState(structuredClone(seed));
  cpSync(path.join(root, 'campaigns'), path.join(project.dir, 'campaigns'), { recursive: true });
  rmSync(path.join(project.dir, '.campaignctl', 'last-applied.json'), { force: true });
}

async function run(args: readonly string[], expected?: number | number[]): Promise<CliRun> {
  const r = await project.run(args, { env: env() });
  runs.push({ args, run: r });
  if (expected !== undefined) {
    expect([expected].flat(), `campaignctl ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`).toContain(r.status);
  }
  return r;
}

/** Everything that left the process: what the commands printed, wrote, and sent to GitHub. */
function everythingShown(): { where: string; text: string }[] {
  const out = runs.flatMap(({ args, run: r }) => [
    { where: `stdout of campaignctl ${args.join(' ')}`, text: r.stdout },
    { where: `stderr of campaignctl ${args.join(' ')}`, text: r.stderr },
  ]);
  for (const file of filesBelow(project.dir)) out.push({ where: path.relative(project.dir, file), text: readFileSync(file, 'latin1') });
  for (const c of github.comments) out.push({ where: `comment ${c.id}`, text: c.body });
  for (const i of github.issues) out.push({ where: `issue #${i.number}`, text: `${i.title}\n${i.body}` });
  for (const r of github.requests) out.push({ where: `GitHub ${r.method} ${r.path}`, text: JSON.stringify(r.body ?? null) });
  return out;
}

describe('credentials never reach output', () => {
  it('runs every command on the happy path: validate, plan in every format, apply with and without a plan, import, github', async () => {
    await run(['validate'], 0);
    await run(['validate', '--format', 'json'], 0);
    await run(['validate', '--format', 'github'], 0);
    await run(['plan'], 0);
    await run(['plan', '--format', 'json'], 0);
    await run(['plan', '--format', 'markdown'], 0);
    await run(['plan', '--detailed-exitcode', '--out', 'plans/plan.json'], 2);
    await run(['apply', 'plans/plan.json', '--out', 'results/apply.json'], 0);
    reseed();
    await run(['apply', '--auto-approve'], 0);
    reseed();
    await run(['apply', '--auto-approve', '--format', 'json', '--out', 'results/apply-2.json'], 0);
    await run(['apply', '--auto-approve', '--format', 'markdown'], 0);
    for (const account of ['loyalty-mx', 'shop-eu', 'stores', 'rewards-nl', 'marketplace-eu']) {
      await run(['import', '--account', account, '--all', '--dir', 'imported'], 0);
    }
    await run(['github', 'comment', '--plan', 'plans/plan.json', '--pr', '7'], 0);
    await run(['github', 'summary', '--plan', 'plans/plan.json'], 0);
    await run(['github', 'summary', '--apply-result', 'results/apply.json'], 0);
    await run(['github', 'drift', '--plan', 'plans/plan.json'], 0);

    // The values did go out, to the vendors, and the Masivo token was exchanged.
    for (const value of Object.values(SECRETS)) expect(proxy.seen).toContain(value);
    expect([...proxy.seen].some((v) => v.startsWith('eyJ'))).toBe(true);
    expect(github.comments.length).toBeGreaterThan(0);
    expect(readFileSync(path.join(project.dir, '.campaignctl/last-applied.json'), 'utf8')).toContain('sha256:');
  }, 120_000);

  it('runs them against vendors that answer 500 with the request headers echoed back', async () => {
    // Retries back off by a random share of the bound: no waiting here.
    vi.spyOn(Math, 'random').mockReturnValue(0);
    try {
      reseed();
      proxy.mode = 'echo';
      const before = proxy.echoed.count;
      const planned = await run(['plan', '--out', 'plans/echo.json'], 1);
      await run(['plan', '--format', 'markdown'], 1);
      await run(['plan', '--format', 'json'], 1);
      await run(['apply', '--auto-approve'], 1);
      await run(['import', '--account', 'shop-eu', '--all', '--dir', 'imported-echo'], 1);
      expect(proxy.echoed.count).toBeGreaterThan(before);
      // The vendor's answer is shown, its credentials masked.
      expect(planned.stdout).toMatch(/500/);
      expect(planned.stdout).toContain('***');

      proxy.mode = 'echo-writes';
      await run(['plan', '--out', 'plans/writes.json'], 0);
      const applied = await run(['apply', 'plans/writes.json', '--out', 'results/echo-writes.json'], 1);
      expect(`${applied.stdout}${applied.stderr}`).toContain('***');
      await run(['apply', '--auto-approve', '--format', 'json'], 1);

      proxy.mode = 'echo-auth';
      const exchange = await run(['plan', '--target', 'masivo/loyalty-mx'], 1);
      expect(exchange.stdout).toMatch(/auth\/authorize: 500 .*"x-api-key":"\*\*\*"/);

      await run(['github', 'comment', '--plan', 'plans/echo.json', '--pr', '7'], 0);
      await run(['github', 'summary', '--plan', 'plans/echo.json'], 0);
      await run(['github', 'summary', '--apply-result', 'results/echo-writes.json'], 0);
      await run(['github', 'drift', '--plan', 'plans/echo.json'], 0);
    } finally {
      proxy.mode = 'forward';
      vi.restoreAllMocks();
    }
  }, 120_000);

  it('shows none of the values, nor the exchanged tokens, anywhere', () => {
    const values = [...Object.values(SECRETS), GITHUB_TOKEN, ...proxy.seen];
    expect(values.length).toBeGreaterThan(Object.keys(SECRETS).length + 1);
    const shown = everythingShown();
    expect(shown.some((s) => s.where.startsWith('comment'))).toBe(true);
    expect(shown.some((s) => s.where === 'step-summary.md')).toBe(true);
    expect(shown.some((s) => s.where.startsWith('plans/'))).toBe(true);
    expect(shown.some((s) => s.where.startsWith('imported/'))).toBe(true);
    for (const { where, text } of shown) {
      for (const value of values) {
        expect(text.includes(value), `${where} shows a credential (${value.slice(0, 12)}…)`).toBe(false);
      }
      // Nor the recognisable stem of one, cut or re-encoded.
      expect(text, where).not.toMatch(/SeCrEt-/);
    }
  });
});

/** Every encoding the echo fault has (a new one does not compile until it is listed). */
const ENCODINGS: { readonly [E in EchoEncoding]: true } = {
  'json-slash': true,
  unicode: true,
  html: true,
  url: true,
  lower: true,
  upper: true,
  base64: true,
  base64url: true,
  cut: true,
};

/** `text` with every escape a vendor or a file format may have put in it read, several times over. */
function unescapeAll(text: string): string {
  const named: Record<string, string> = { amp: '&', sol: '/', quot: '"', lt: '<', gt: '>', apos: "'" };
  let t = text;
  for (let pass = 0; pass < 4; pass++) {
    t = t
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\([/\\"'])/g, '$1')
      .replace(/&#x([0-9a-fA-F]{1,6});/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#([0-9]{1,7});/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&([a-z]+);/g, (whole, n: string) => named[n] ?? whole)
      .replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return t;
}

/** How `value` shows in `text`, if it does in any form a vendor could echo it in; undefined when it does not. */
function shownForm(text: string, value: string): string | undefined {
  const plain = unescapeAll(text).toLowerCase();
  if (plain.includes(value.toLowerCase())) return 'as it is, escaped or in another case';
  for (const prefix of ['', 'u:', 'id:']) {
    for (const form of ['base64', 'base64url'] as const) {
      // The characters of the encoding that depend on the value alone, edges left aside.
      const inner = Buffer.from(`${prefix}${value}`).toString(form).slice(4, -4);
      if (text.includes(inner)) return `${form} after ${JSON.stringify(prefix)}`;
    }
  }
  // Cut short: a run of FRAGMENT_LENGTH characters of a random part (letters and digits mixed).
  for (const random of value.toLowerCase().match(/[0-9a-f]{12}/g) ?? []) {
    for (let i = 0; i + FRAGMENT_LENGTH <= random.length; i++) {
      const run = random.slice(i, i + FRAGMENT_LENGTH);
      if (/[a-z]/.test(run) && /[0-9]/.test(run) && plain.includes(run)) return `cut short: ${run}`;
    }
  }
  if (/secret-/i.test(plain)) return 'its stem';
  return undefined;
}

describe('credentials a vendor echoes in another form never reach output', () => {
  for (const encoding of Object.keys(ENCODINGS) as EchoEncoding[]) {
    it(`echoed ${encoding}: plan in every format, the saved plan, apply and its result, import`, async () => {
      const echoing = await startTestSandbox({ echoCredentials: encoding });
      const shop = tempProject({}, configFor(echoing.url));
      cpSync(path.join(root, 'campaigns'), path.join(shop.dir, 'campaigns'), { recursive: true });
      try {
        const shown: { where: string; text: string }[] = [];
        for (const args of [
          ['plan'],
          ['plan', '--format', 'markdown'],
          ['plan', '--format', 'json', '--out', 'plan.json'],
          ['apply', '--auto-approve', '--out', 'apply.json'],
          ['import', '--account', 'shop-eu', '--all', '--dir', 'imported'],
          ['import', '--account', 'stores', '--all', '--dir', 'imported'],
        ]) {
          const r = await shop.run(args, { env: { ...SECRETS } });
          expect(r.status, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(1);
          shown.push({ where: `stdout of ${args.join(' ')}`, text: r.stdout }, { where: `stderr of ${args.join(' ')}`, text: r.stderr });
        }
        for (const file of filesBelow(shop.dir).filter((f) => !f.includes(`${path.sep}campaigns${path.sep}`))) {
          shown.push({ where: path.relative(shop.dir, file), text: readFileSync(file, 'latin1') });
        }
        // The vendor did echo them, and what it echoed was shown, masked.
        expect(echoing.requests().every((r) => r.status === 400)).toBe(true);
        expect(shown.find((s) => s.where === 'stdout of plan')?.text).toMatch(/400 Bad Request — .*"echo":".*\*\*\*/);
        expect(shown.some((s) => s.where === 'plan.json')).toBe(true);
        expect(shown.some((s) => s.where === 'apply.json')).toBe(true);
        for (const { where, text } of shown) {
          for (const value of Object.values(SECRETS)) expect(shownForm(text, value), `${where} shows ${value.slice(0, 12)}…`).toBeUndefined();
        }
      } finally {
        shop.remove();
        await echoing.stop();
      }
    }, 60_000);
  }
});
