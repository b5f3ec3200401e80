/**
 * The composite action's own glue, run for real: each `run:` step of action.yml is executed with
 * bash in the order the runner would, its `if:` and `${{ }}` expressions evaluated (the small subset
 * action.yml uses), step outputs passed along through $GITHUB_OUTPUT. `uses:` steps are the runner's
 * business and are skipped (setup-node; upload-artifact, whose artifact-url is then empty), and so is
 * the install step: a launcher in the action's place runs the CLI from the sources (through tsx),
 * against the embedded sandbox, a fake GitHub and a bare git
 * repository standing in for origin.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { makeZip } from './zip.js';
import { namesExistingCampaigns } from '../helpers/examples.js';

const repo = path.resolve(import.meta.dirname, '../..');
const hasGit = spawnSync('git', ['--version']).status === 0;

type Step = { name?: string; id?: string; if?: string; uses?: string; run?: string; shell?: string; env?: Record<string, string>; 'working-directory'?: string };
const action = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { steps: Step[] };
};

interface Context {
  inputs: Record<string, string>;
  github: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string }>;
  failed: boolean;
}

/** Evaluates the expression subset action.yml uses: paths, '…' literals, ==, !=, &&, ||, !, (), cancelled(). */
function evaluate(expr: string, ctx: Context): string | boolean {
  const tokens = expr.match(/'(?:[^']|'')*'|==|!=|&&|\|\||!|\(|\)|[\w.-]+\(\)|[\w.-]+/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const lookup = (p: string): string => {
    const [head, ...rest] = p.split('.');
    if (head === 'inputs') return ctx.inputs[rest.join('.')] ?? '';
    if (head === 'github') return ctx.github[rest.join('.')] ?? '';
    if (head === 'steps') {
      const step = ctx.steps[rest[0]!];
      if (!step) return '';
      return rest[1] === 'outcome' ? step.outcome : (step.outputs[rest[2]!] ?? '');
    }
    throw new Error(`unknown context in ${p}`);
  };
  const primary = (): string | boolean => {
    const t = tokens[i++]!;
    if (t === '!') return !truthy(primary());
    if (t === '(') {
      const v = or();
      i++;
      return v;
    }
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === 'cancelled()') return false;
    if (t === 'always()') return true;
    if (t === 'success()') return !ctx.failed;
    if (t === 'true' || t === 'false') return t === 'true';
    return lookup(t);
  };
  const comparison = (): string | boolean => {
    const left = primary();
    if (peek() === '==' || peek() === '!=') {
      const op = tokens[i++];
      const right = primary();
      return op === '==' ? String(left) === String(right) : String(left) !== String(right);
    }
    return left;
  };
  const and = (): string | boolean => {
    let v = comparison();
    while (peek() === '&&') {
      i++;
      const r = comparison();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): string | boolean => {
    let v = and();
    while (peek() === '||') {
      i++;
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  return or();
}

const truthy = (v: string | boolean) => v !== '' && v !== false;
const interpolate = (text: string, ctx: Context) => text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => String(evaluate(e, ctx)));

interface ActionRun {
  readonly status: number;
  readonly log: string;
  readonly outputs: Record<string, Record<string, string>>;
  readonly summary: string;
}

let root: string;
let actionPath: string;
let origin: string;
let fake: FakeGithub;
const TOKEN = 'ghs_actionStepsToken_0123456789';

/** Runs a step's script; asynchronously, since the fake GitHub answers from this very process. */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, output }));
  });
}

async function runAction(workspace: string, inputs: Record<string, string>, github: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const ctx: Context = { inputs: {}, github: { action_path: actionPath, token: TOKEN, ...github }, steps: {}, failed: false };
  // Defaults are expressions too (`github-token: ${{ github.token }}`).
  ctx.inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, interpolate(v.default ?? '', ctx)])), ...inputs };
  const summary = path.join(root, `summary-${Date.now()}-${Math.random()}.md`);
  let log = '';
  for (const [n, step] of action.runs.steps.entries()) {
    const condition = step.if === undefined ? 'success()' : step.if.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    const wanted = truthy(evaluate(condition, ctx)) && (step.if === undefined || /cancelled\(\)|always\(\)/.test(condition) || !ctx.failed);
    if (!wanted) continue;
    // The runner's own business: setting up Node, uploading; and installing, which the launcher replaces.
    if (step.uses || step.run!.includes('npm ci')) {
      if (step.id) ctx.steps[step.id] = { outputs: {}, outcome: 'success' };
      continue;
    }
    const outputFile = path.join(root, `output-${n}`);
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]));
    const cwd = path.resolve(workspace, interpolate(step['working-directory'] ?? '.', ctx));
    const r = await bash(step.run!, cwd, {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_REPOSITORY: `${fake.owner}/${fake.repo}`,
        GITHUB_API_URL: fake.url,
        GITHUB_SERVER_URL: 'https://github.test',
        GITHUB_RUN_ID: '555',
        GITHUB_SHA: 'abcdef1234567890',
        GITHUB_EVENT_NAME: ctx.github.event_name ?? '',
        RUNNER_TEMP: root,
        ...env,
        ...stepEnv,
    });
    log += `## ${step.name ?? n}\n${r.output}`;
    const outputs = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    if (step.id) ctx.steps[step.id] = { outputs, outcome: r.status === 0 ? 'success' : 'failure' };
    if (r.status !== 0) ctx.failed = true;
  }
  return {
    status: ctx.failed ? 1 : 0,
    log,
    outputs: Object.fromEntries(Object.entries(ctx.steps).map(([k, v]) => [k, v.outputs])),
    summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '',
  };
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
  }).trim();
}

/** The payload of a push to main that moved it to `after`. */
function pushEvent(after: string, before = 'ff'.repeat(20)): string {
  const file = path.join(root, `push-${after}.json`);
  writeFileSync(file, JSON.stringify({ ref: 'refs/heads/main', before, after }));
  return file;
}

/** A checkout of the example campaign repository, with `origin` a bare repository. */
function checkout(name: string): string {
  const dir = path.join(root, name);
  git(root, 'clone', '--quiet', `file://${origin}`, dir);
  return dir;
}

beforeAll(async () => {
  fake = await startFakeGithub({ token: TOKEN });
  root = mkdtempSync(path.join(tmpdir(), 'campaignctl-action-'));
  // The action's checkout: its scripts, and a launcher that runs the CLI from the sources.
  actionPath = path.join(root, 'action');
  mkdirSync(path.join(actionPath, 'bin'), { recursive: true });
  symlinkSync(path.join(repo, 'scripts'), path.join(actionPath, 'scripts'));
  const loader = pathToFileURL(path.join(repo, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  writeFileSync(
    path.join(actionPath, 'bin', 'campaignctl.js'),
    `import { spawnSync } from 'node:child_process';\n` +
      `const r = spawnSync(process.execPath, ['--import', ${JSON.stringify(loader)}, ${JSON.stringify(path.join(repo, 'src', 'cli', 'run.ts'))}, ...process.argv.slice(2)], { stdio: 'inherit' });\n` +
      `process.exit(r.status ?? 1);\n`,
  );
  writeFileSync(path.join(actionPath, 'package.json'), '{"type":"module"}\n');
  if (!hasGit) return;
  origin = path.join(root, 'origin.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  const seed = path.join(root, 'seed');
  mkdirSync(path.join(seed, 'sub'), { recursive: true });
  cpSync(path.join(repo, 'campaignctl.yaml'), path.join(seed, 'sub', 'campaignctl.yaml'));
  // The campaigns the seed holds: each runner here starts its own embedded sandbox from the seed,
  // which would not hold a campaign an earlier run created.
  const existing = (src: string) => !src.endsWith('.yaml') || namesExistingCampaigns(readFileSync(src, 'utf8'));
  cpSync(path.join(repo, 'campaigns'), path.join(seed, 'sub', 'campaigns'), { recursive: true, filter: existing });
  writeFileSync(path.join(seed, '.gitignore'), '.campaignctl/\n');
  git(root, 'init', '--quiet', '--initial-branch=main', seed);
  git(seed, 'add', '.');
  git(seed, 'commit', '--quiet', '-m', 'campaigns');
  git(seed, 'push', '--quiet', origin, 'main');
});

afterAll(async () => {
  await fake?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.skipIf(!hasGit)("action.yml's steps, run with bash", () => {
  it('validate: annotations on the right files from a working directory, and the step fails', async () => {
    const ws = checkout('validate');
    const file = path.join(ws, 'sub', 'campaigns', 'topsort', 'coffee-autobidding-roas.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('targetRoas: 6.5', 'targetRoas: 30'));
    const run = await runAction(ws, { command: 'validate', 'working-directory': 'sub' }, { event_name: 'pull_request' });
    expect(run.log).toContain('::error file=sub/campaigns/topsort/coffee-autobidding-roas.yaml,line=');
    expect(run.log).toContain('::error title=campaignctl validate::');
    expect(run.outputs.run!['exit-code']).toBe('1');
    expect(run.status).toBe(1);
  }, 60_000);

  it('plan on a pull request: one comment, the job summary, changes are no failure; apply then records state', async () => {
    const ws = checkout('plan');
    const event = path.join(root, 'pr-event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 8, head: { sha: '1234567abcdef0123456789abcdef01234567890' } } }));
    const plan = await runAction(ws, { command: 'plan', 'working-directory': 'sub' }, { event_name: 'pull_request' }, { GITHUB_EVENT_PATH: event });
    expect(plan.log).toContain("no branch 'campaignctl-state' on origin yet");
    expect(plan.outputs.run).toMatchObject({ 'exit-code': '2', 'has-changes': 'true', 'plan-file': path.join(ws, 'sub', '.campaignctl', 'plan.json') });
    expect(plan.status, plan.log).toBe(0);
    expect(plan.summary).toContain('### campaignctl plan');
    expect(fake.comments.filter((c) => c.issue === 8)).toHaveLength(1);
    expect(fake.comments[0]!.body).toContain('commit 1234567');

    const again = await runAction(ws, { command: 'plan', 'working-directory': 'sub' }, { event_name: 'pull_request' }, { GITHUB_EVENT_PATH: event });
    expect(again.status).toBe(0);
    expect(fake.comments.filter((c) => c.issue === 8)).toHaveLength(1);

    // A push that came from no pull request: apply plans afresh.
    const apply = await runAction(ws, { command: 'apply', 'working-directory': 'sub' }, { event_name: 'push' }, { GITHUB_EVENT_PATH: pushEvent('0a'.repeat(20)) });
    expect(apply.log).toContain('Commit 0a0a0a0 came from no pull request: nothing was reviewed, so apply plans afresh.');
    expect(apply.outputs.reviewed).toEqual({ source: 'none' });
    expect(apply.log).toMatch(/Apply complete: \d+ applied, 0 failed/);
    expect(apply.status).toBe(0);
    expect(apply.summary).toContain('### campaignctl apply');
    expect(apply.log).toContain("pushed last-applied.json to 'campaignctl-state'");
    expect(JSON.parse(git(origin, 'show', 'campaignctl-state:last-applied.json'))).toMatchObject({ format_version: 2 });

    // A later run on a fresh runner reads the record back.
    const later = checkout('later');
    const drift = await runAction(later, { command: 'plan', 'working-directory': 'sub', comment: 'false', drift: 'true' }, { event_name: 'schedule' });
    expect(drift.log).toContain("fetched last-applied.json from 'campaignctl-state'");
    expect(drift.status).toBe(0);
  }, 120_000);

  it('after a merge: the plan reviewed on the pull request is applied and the result posted on it; without a saved plan, nothing is applied', async () => {
    const ws = checkout('reviewed');
    const head = '4a'.repeat(20);
    const event = path.join(root, 'reviewed-pr-event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 40, head: { sha: head }, base: { ref: 'main', sha: '4b'.repeat(20) } } }));
    const pr = { event_name: 'pull_request', 'event.pull_request.number': '40', 'event.pull_request.head.sha': head };
    const plan = await runAction(ws, { command: 'plan', 'working-directory': 'sub' }, pr, { GITHUB_EVENT_PATH: event });
    expect(plan.status, plan.log).toBe(0);
    // The plan is kept under the pull request's number and head commit; its guardrails status is set there.
    expect(plan.outputs.setup!.artifact).toBe(`campaignctl-plan-pr-40-${head}`);
    expect(fake.statuses.filter((st) => st.sha === head)).toEqual([expect.objectContaining({ context: 'campaigns/guardrails', state: 'success' })]);
    // The runner uploads it (a `uses:` step, skipped here): the fake GitHub holds it instead.
    const planned = readFileSync(plan.outputs.run!['plan-file']!, 'utf8');
    fake.artifacts.push({ id: 400, name: plan.outputs.setup!.artifact!, created_at: new Date().toISOString(), expired: false, zip: makeZip([{ name: 'plan.json', data: planned }]) });
    const merge = '4c'.repeat(20);
    fake.pullRequests.push({ number: 40, title: 'Campaign changes', state: 'closed', user: 'dana', head_sha: head, base_ref: 'main', merged_at: new Date().toISOString(), merge_commit_sha: merge, files: [] });

    const apply = await runAction(ws, { command: 'apply', 'working-directory': 'sub' }, { event_name: 'push' }, { GITHUB_EVENT_PATH: pushEvent(merge) });
    expect(apply.status, apply.log).toBe(0);
    expect(apply.outputs.reviewed).toEqual({ source: 'reviewed' });
    expect(apply.log).toContain(`Commit 4c4c4c4 merged #40: applying the plan reviewed on it (4a4a4a4`);
    expect(apply.log).toMatch(/Apply complete: \d+ applied, 0 failed/);
    expect(apply.summary).toMatch(/### campaignctl apply\n\nApplied the plan reviewed on \[#40\]/);
    const posted = fake.comments.filter((c) => c.issue === 40 && c.body.startsWith('<!-- campaignctl:apply -->'));
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toMatch(/\*\*\d+ applied, 0 failed/);

    // On a review, the status is judged again from the saved plan: no plan is made, no vendor read.
    const review = path.join(root, 'review-event.json');
    writeFileSync(review, JSON.stringify({ action: 'submitted', review: { state: 'approved' }, pull_request: { number: 40, head: { sha: head }, base: { ref: 'main', sha: '4b'.repeat(20) } } }));
    const judged = await runAction(ws, { command: 'guardrails', 'working-directory': 'sub' }, { event_name: 'pull_request_review' }, { GITHUB_EVENT_PATH: review });
    expect(judged.status, judged.log).toBe(0);
    expect(judged.log).toContain('Set campaigns/guardrails on 4a4a4a4 (#40): success');
    expect(judged.log).not.toContain('read 4 campaigns');
    expect(judged.summary).toBe('');

    // A merged pull request whose plan was never saved: nothing is applied, and it says so there.
    const other = '4d'.repeat(20);
    fake.pullRequests.push({ number: 41, title: 'Unplanned', state: 'closed', user: 'eve', head_sha: '4e'.repeat(20), base_ref: 'main', merged_at: new Date().toISOString(), merge_commit_sha: other, files: [] });
    const refused = await runAction(ws, { command: 'apply', 'working-directory': 'sub' }, { event_name: 'push' }, { GITHUB_EVENT_PATH: pushEvent(other) });
    expect(refused.status).toBe(1);
    expect(refused.outputs.reviewed).toEqual({ source: 'refused' });
    expect(refused.log).toContain('::error title=campaignctl apply::the plan reviewed on the merged pull request cannot be had; nothing was applied');
    expect(refused.log).not.toMatch(/Apply complete/);
    expect(refused.summary).toContain('### campaignctl apply: nothing applied');
    expect(fake.comments.find((c) => c.issue === 41)!.body).toContain('**Nothing was applied.** no plan of #41');
  }, 240_000);

  it('plan skipped for a fork: the comment says why, nothing is read', async () => {
    const ws = checkout('fork');
    const event = path.join(root, 'fork-event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 9 } }));
    const run = await runAction(
      ws,
      { command: 'plan', 'working-directory': 'sub', 'skip-reason': 'A fork gets no secrets.' },
      { event_name: 'pull_request_target' },
      { GITHUB_EVENT_PATH: event },
    );
    expect(run.status, run.log).toBe(0);
    expect(run.log).not.toContain('state-branch');
    const comment = fake.comments.find((c) => c.issue === 9)!;
    expect(comment.body).toContain('### campaignctl plan: skipped');
    expect(comment.body).toContain('A fork gets no secrets.');
    expect(run.summary).toContain('A fork gets no secrets.');
  }, 60_000);

  it('sharded: each shard saves its plan without comment or summary; the merge makes the one comment and summary', async () => {
    const ws = checkout('sharded');
    const event = path.join(root, 'sharded-event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 11, head: { sha: '89abcdef0123456789abcdef0123456789abcdef' } } }));
    const pr = { event_name: 'pull_request' };
    for (const i of [1, 2]) {
      const shard = await runAction(
        ws,
        { command: 'plan', 'working-directory': 'sub', args: `--shard ${i}/2`, 'plan-file': `.campaignctl/shards/plan-${i}.json`, 'artifact-name': `campaignctl-plan-shard-${i}`, comment: 'false', summary: 'false' },
        pr,
        { GITHUB_EVENT_PATH: event },
      );
      expect(shard.status, shard.log).toBe(0);
      expect(shard.log).toContain(`Shard ${i}/2: planning `);
      expect(shard.summary).toBe('');
    }
    expect(fake.comments.filter((c) => c.issue === 11)).toHaveLength(0);

    const merged = await runAction(ws, { command: 'plan', 'working-directory': 'sub', 'merge-plans': '.campaignctl/shards' }, pr, { GITHUB_EVENT_PATH: event });
    expect(merged.status, merged.log).toBe(0);
    expect(merged.log).not.toContain('state-branch');
    expect(merged.log).toContain('Merged the 2 shards (22 campaigns).');
    expect(merged.outputs.run).toMatchObject({ 'exit-code': '2', 'has-changes': 'true', 'plan-file': path.join(ws, 'sub', '.campaignctl', 'plan.json') });
    expect(merged.summary.match(/### campaignctl plan/g)).toHaveLength(1);
    const comments = fake.comments.filter((c) => c.issue === 11);
    expect(comments).toHaveLength(1);
    const [, updates, unchanged] = /Plan: (\d+) to update, (\d+) unchanged, 0 errors\./.exec(comments[0]!.body) ?? [];
    expect(Number(updates) + Number(unchanged)).toBe(22);

    // A shard that saved no plan: the merge fails, and the comment says so instead of showing half a plan.
    rmSync(path.join(ws, 'sub', '.campaignctl', 'shards', 'plan-2.json'));
    const partial = await runAction(ws, { command: 'plan', 'working-directory': 'sub', 'merge-plans': '.campaignctl/shards' }, pr, { GITHUB_EVENT_PATH: event });
    expect(partial.status).toBe(1);
    expect(partial.log).toContain('shard 2/2 is missing');
    expect(partial.outputs.run!['plan-file']).toBe('');
    expect(fake.comments.filter((c) => c.issue === 11)).toHaveLength(1);
    expect(fake.comments.find((c) => c.issue === 11)!.body).toContain('The plans of the shards could not be merged');
    expect(partial.summary).toContain('The plans of the shards could not be merged');
  }, 120_000);

  it('a plan that cannot be made fails the step, and the comment says so', async () => {
    const ws = checkout('broken');
    writeFileSync(path.join(ws, 'sub', 'campaignctl.yaml'), 'accounts: [nope\n');
    const event = path.join(root, 'broken-event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 10 } }));
    const run = await runAction(ws, { command: 'plan', 'working-directory': 'sub' }, { event_name: 'pull_request' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(1);
    expect(run.outputs.run!['plan-file']).toBe('');
    expect(fake.comments.find((c) => c.issue === 10)!.body).toContain('### campaignctl plan: failed');
    expect(run.summary).toContain('### campaignctl plan failed');
  }, 60_000);

  it('apply commits the campaign files changed in the job to main; drift lists the campaigns only in a dashboard', async () => {
    const ws = checkout('record-ids');
    const file = path.join(ws, 'sub', 'campaigns', 'topsort', 'coffee-autobidding-roas.yaml');
    // What apply's write-back does to the file of a campaign it creates, played by hand: a campaign file changed in the job.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^provider:/m, '# written during the apply job\nprovider:'));
    const apply = await runAction(ws, { command: 'apply', 'working-directory': 'sub' }, { event_name: 'push' }, { GITHUB_EVENT_PATH: pushEvent('0b'.repeat(20)) });
    expect(apply.log).toMatch(/Pushed the ids of created campaigns to main \([0-9a-f]{7}\): sub\/campaigns\/topsort\/coffee-autobidding-roas\.yaml/);
    expect(git(origin, 'log', '-1', '--format=%s', 'main')).toBe('campaignctl: record ids of created campaigns');
    expect(git(origin, 'show', '--name-only', '--format=', 'main')).toBe('sub/campaigns/topsort/coffee-autobidding-roas.yaml');

    const drift = await runAction(checkout('unmanaged'), { command: 'plan', 'working-directory': 'sub', comment: 'false', drift: 'true', unmanaged: 'true' }, { event_name: 'schedule' });
    expect(drift.status, drift.log).toBe(0);
    expect(drift.outputs.unmanaged!.file).toBe(path.join(root, 'campaignctl-unmanaged.json'));
    const issue = fake.issues.filter((i) => i.state === 'open').at(-1)!;
    expect(issue.title).toMatch(/campaigns? only in the dashboard/);
    expect(issue.body).toContain('### Only in the dashboard:');
  }, 120_000);
});
