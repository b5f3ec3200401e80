/**
 * The command line. Each command lives in its own module; this file only wires options and help.
 * `main` never throws and never exits the process: it returns the exit status.
 *
 * Help texts: descriptions are written as whole paragraphs (a blank line between two) and left to
 * commander to wrap at whole words; every command ends its help with examples; `--config` and
 * `--dir` are offered only by the commands that read the configuration and the campaign files.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import { registry } from '../providers/registry.js';
import { DRIFT_LABEL } from '../github/drift-issue.js';
import { DEFAULT_ARTIFACT_PREFIX } from '../github/plan-artifact.js';
import { MARKDOWN_LIMIT } from '../report/markdown.js';
import { printable } from '../report/printable.js';
import { DIAGNOSTIC_FORMATS, PLAN_FORMATS, type DiagnosticFormat } from '../report/renderers.js';
import { parseShardSpec, ShardSpecError, type ShardSpec } from '../engine/shard.js';
import { DEFAULT_DIR } from './common.js';
import type { CliIO } from './io.js';
import type { ApplyCommandOptions } from './apply.js';
import type { ImportCommandOptions } from './import.js';
import { LIST_FORMATS } from './list-formats.js';
import type { InitCommandOptions } from './init.js';
import type { MergeCommandOptions } from './merge.js';
import type { GithubCommentOptions, GithubDriftOptions, GithubRecordIdsOptions, GithubSummaryOptions } from './github.js';
import type { GithubGuardrailsOptions } from './github-guardrails.js';
import type { GithubReviewedPlanOptions } from './github-reviewed.js';
import type { PlanCommandOptions } from './plan.js';
import { runSandbox, sandboxFaultOptions } from './sandbox.js';
import { VERSION } from './version.js';

export const EXIT = { ok: 0, error: 1, interrupted: 130 } as const;

/** `--config` and `--dir`: for the commands that read the configuration and the campaign files. */
function commonOptions(cmd: Command): Command {
  return cmd
    .option('--config <path>', `configuration file`, DEFAULT_CONFIG_FILE)
    .option('--dir <path>', 'folder of campaign files, searched recursively', DEFAULT_DIR);
}

/** A terminal's width; 80 elsewhere (a pipe, a CI log), as commander's own default. */
function helpWidth(stream: CliIO['stdout']): number {
  return stream.isTTY && stream.columns ? stream.columns : 80;
}

/** The examples at the end of a command's help, one `$ campaignctl …` line each. */
function examples(cmd: Command, lines: readonly string[]): Command {
  return cmd.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ campaignctl ${l}`).join('\n')}\n`);
}

function intOption(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(`--${name} takes a whole number from ${min} to ${max} (got "${value}")`);
    }
    return n;
  };
}

function floatOption(name: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
      throw new InvalidArgumentError(`--${name} takes a number from ${min} to ${max} (got "${value}")`);
    }
    return n;
  };
}

/** A duration as Terraform's `-lock-timeout` takes it (`0`, `30s`, `5m`, `1h`, `500ms`; a bare number is seconds), in milliseconds. */
function durationOption(name: string, maxMs: number): (value: string) => number {
  const unit: Readonly<Record<string, number>> = { ms: 1, s: 1000, '': 1000, m: 60_000, h: 3_600_000 };
  return (value) => {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
    const ms = m ? Math.round(Number(m[1]) * unit[m[2] ?? '']!) : NaN;
    if (!Number.isFinite(ms) || ms > maxMs) {
      throw new InvalidArgumentError(`--${name} takes a duration such as 0, 30s, 5m or 1h, up to ${maxMs / 3_600_000}h (got "${value}")`);
    }
    return ms;
  };
}

function shardOption(value: string): ShardSpec {
  try {
    return parseShardSpec(value);
  } catch (err) {
    if (err instanceof ShardSpecError) throw new InvalidArgumentError(err.message);
    throw err;
  }
}

function engineOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format').choices([...PLAN_FORMATS]).default('text'))
    .option(
      '--target <address>',
      'only this campaign, or every campaign under an address prefix such as <provider>/<account> (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--concurrency <n>', 'parallel requests per account (overrides campaignctl.yaml)', intOption('concurrency', 1, 256))
    .option('--last-applied <file>', 'the last-applied record (default .campaignctl/last-applied.json beside the config)');
}

/**
 * The whole command line, its actions reporting their exit status to `done`. For `main`, and for
 * tests that check the help against what the parser accepts.
 */
export function buildProgram(io: CliIO, done: (status: number) => void): Command {
  const program = new Command()
    .name('campaignctl')
    .description(
      'Campaigns as code: plan and apply marketing campaigns from YAML in git.\n\n' +
        'validate, plan, apply and import read the configuration (--config, default campaignctl.yaml) and the campaign files (--dir, default campaigns); see each command\'s --help.',
    )
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run campaignctl --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHelpWidth: () => helpWidth(io.stdout),
      getErrHelpWidth: () => helpWidth(io.stderr),
    })
    .exitOverride();
  examples(program, ['validate', 'plan --out plan.json', 'apply plan.json']);

  examples(
    commonOptions(
      program
        .command('validate')
        .summary('check campaign files against the vendor schemas and rules (no network)')
        .description(
          'Check campaign YAML against the vendor schemas, the vendors\' rules, and the rules between files. PATH may be files or folders (default: --dir).\n\n' +
            'Exit status: 0 valid, 1 invalid.',
        )
        .argument('[path...]', 'campaign files or folders')
        .addOption(new Option('--format <format>', 'output format').choices([...DIAGNOSTIC_FORMATS]).default('text')),
    ),
    ['validate', 'validate campaigns/spring campaigns/summer.yaml', 'validate --format github'],
  ).action(async (paths: string[], opts: { config: string; dir: string; format: DiagnosticFormat }) => {
    done(await (await import('./validate.js')).runValidate(io, paths, opts));
  });

  examples(
    commonOptions(
      engineOptions(
        program
          .command('plan')
          .summary('read live state, diff it with the YAML, and show what apply would change')
          .description(
            'Read every managed campaign from its vendor, compare the managed fields with the YAML, and print the plan.\n\n' +
              'Exit status: 0 no changes, 1 error, 2 changes (with --detailed-exitcode).',
          ),
      ),
    )
      .option('--out <file>', 'save the plan (JSON) for `campaignctl apply FILE`')
      .option('--detailed-exitcode', 'exit 2 when there are changes, 0 when there are none')
      .option(
        '--shard <i/n>',
        'plan only shard I of N: the campaigns whose address hashes to it (sha256 of the address, mod N); every file is still validated. Merge the shards with `campaignctl merge`',
        shardOption,
      )
      .option(
        '--base <ref>',
        'a git revision, such as the pull request\'s base: mark each change as this branch\'s (change), an edit made at the vendor that applying reverts (drift), or both (change_and_drift), by the campaign files and configuration at REF',
      ),
    [
      'plan',
      'plan --out plan.json --detailed-exitcode',
      'plan --target PROVIDER/ACCOUNT --format markdown',
      'plan --shard 2/3 --out plan-2.json',
      'plan --base origin/main --format markdown',
    ],
  ).action(async (opts: PlanCommandOptions) => {
    done(await (await import('./plan.js')).runPlan(io, opts));
  });

  examples(
    program
      .command('merge')
      .summary('merge saved plans (the shards of `plan --shard I/N`) into one plan')
      .description(
        'Merge the plans saved by `campaignctl plan --shard I/N --out FILE` into one plan, as one job would have planned it: actions ordered by address, the summary counted again. ' +
          'Refuses a missing or repeated shard, shards of different runs, and a campaign in two plans. ' +
          'The result is a plan like any other: `apply FILE`, `github comment --plan`, `github summary --plan`.\n\n' +
          'Exit status: 0 no changes, 1 error, 2 changes (with --detailed-exitcode).',
      )
      .argument('<plan...>', 'plans saved with `campaignctl plan --out` (each shard\'s)')
      .addOption(new Option('--format <format>', 'output format').choices([...PLAN_FORMATS]).default('text'))
      .option('--out <file>', 'save the merged plan (JSON) for `campaignctl apply FILE`')
      .option('--detailed-exitcode', 'exit 2 when there are changes, 0 when there are none'),
    ['merge plan-1.json plan-2.json plan-3.json --out plan.json', 'merge shards/*.json --format markdown'],
  ).action(async (plans: string[], opts: MergeCommandOptions) => {
    done(await (await import('./merge.js')).runMerge(io, plans, opts));
  });

  examples(
    commonOptions(
      engineOptions(
        program
          .command('apply')
          .summary('make the vendors match the YAML (a saved plan, or plan then apply)')
          .description(
            'With PLANFILE: apply exactly that plan, refusing each campaign whose live state moved since. The plan must match the campaign files as they are now (--dir, --config): a plan that does not is refused before any request.\n\n' +
              'Without: plan, show it, ask for confirmation (or --auto-approve), then apply.\n\n' +
              'A campaign whose change trips `policy:` in campaignctl.yaml (a budget raised past `max_budget_increase_percent`, or a kind of change `require_approval` lists) is not applied unless approved with --approve, --approve-all or --approve-file; the others are, and the command exits 1 naming each one refused and why. ' +
              '--auto-approve only skips the confirmation question: it approves none of them.\n\n' +
              'One apply at a time: each takes a lock beside the last-applied record, and another apply refuses (or waits, with --lock-timeout).\n\n' +
              'Exit status: 0 all applied, 1 anything failed or was refused, 130 interrupted.',
          )
          .argument('[planfile]', 'a plan saved with `campaignctl plan --out`'),
      ),
    )
      .option('--auto-approve', 'do not ask for confirmation (required when stdin is not a terminal); approves no campaign that needs approval under `policy:`')
      .option(
        '--approve <address>',
        'approve a campaign that needs approval under `policy:`: its address, or every campaign under a prefix such as <provider>/<account>, as --target takes them (repeatable)',
        (value: string, previous: string[] = []) => [...previous, value],
      )
      .option('--approve-all', 'approve every campaign that needs approval under `policy:`')
      .option('--approve-file <file>', 'approve the addresses in this file, one a line (`#` comments): what CI writes from the approving reviews of a pull request')
      .option('--allow-delete', 'send the deletes the plan holds (campaigns whose documents are gone, in accounts with `prune: delete`); without it each is refused')
      .option('--out <file>', 'also save the result as JSON ({tally, interrupted, outcomes}), whatever --format says')
      .option(
        '--lock-timeout <duration>',
        'wait this long (30s, 5m, 1h) for another apply to release the lock beside the last-applied record; default 0: refuse at once, naming the holder',
        durationOption('lock-timeout', 24 * 3_600_000),
      ),
    [
      'apply plan.json',
      'apply plan.json --out result.json',
      'apply --auto-approve --target PROVIDER/ACCOUNT',
      'apply plan.json --lock-timeout 10m',
      'apply plan.json --approve PROVIDER/ACCOUNT/ID',
      'apply plan.json --approve-file approvals.txt',
    ],
  ).action(async (planFile: string | undefined, opts: ApplyCommandOptions) => {
    done(await (await import('./apply.js')).runApply(io, planFile, opts));
  });

  examples(
    program
      .command('init')
      .summary('make this git repository a campaign repository: campaignctl.yaml, campaigns/, schemas, workflows')
      .description(
        'Write what a campaign repository needs, at the root of a git repository: campaignctl.yaml (one account per --account; asked on a terminal when none is given), the campaign folder, schemas/ (for editor completion), the plan, apply and drift workflows, and the .gitignore entry. ' +
          'A file that exists is never overwritten: it is skipped and named.\n\n' +
          'Exit status: 0 done, 1 bad input (nothing written) or a failed --import.',
      )
      .option('--account <name:provider>', 'an account for campaignctl.yaml (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
      .option('--sandbox', 'point every account at the embedded sandbox, with the settings its seeded campaigns need')
      .option('--import', 'then adopt every live campaign of each account, as `import --all` does')
      .option('--dir <path>', 'the campaign folder, relative to the repository root', DEFAULT_DIR),
    ['init --account shop:PROVIDER --sandbox --import', 'init --account shop-eu:PROVIDER --account shop-us:PROVIDER'],
  ).action(async (opts: InitCommandOptions) => {
    done(await (await import('./init.js')).runInit(io, opts));
  });

  examples(
    commonOptions(
      program
        .command('import')
        .summary('write YAML files for live campaigns of an account, to adopt them')
        .description(
          'Read live campaigns of an account and write one campaign file each, to adopt them: <dir>/<provider>/<name>-<id>.yaml, with every field the vendor returns that a spec can manage. ' +
            'A campaign a document already manages is left alone (and counted); with --refresh its document is updated in place from live state, only the values that differ, keeping comments, key order, quoting, time zones and write-only fields.\n\n' +
            '--list writes nothing: it lists the live campaigns no document manages, with name, status and dates (every account without --account).\n\n' +
            'Exit status: 0 written, skipped or listed; 1 nothing written, an account could not be listed, or the vendor listed campaigns that could not be read (the readable ones are still written).',
        ),
    )
      .option('--account <name>', 'the account in campaignctl.yaml to import from (required, except with --list)')
      .option('--id <id>', 'a campaign to import (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
      .option('--all', 'import every campaign of the account that no document manages, inactive and ended ones included')
      .option('--refresh', 'also update the documents that already manage these campaigns, in place, where live state differs')
      // Deprecated: --refresh under its old name (it used to overwrite files whole); hidden, still accepted.
      .addOption(new Option('--force').hideHelp())
      .option('--list', 'list the live campaigns no document manages (name, status, dates); write nothing')
      .addOption(new Option('--format <format>', '--list: output format').choices([...LIST_FORMATS]))
      .option('--out <file>', '--list: also save the listing as JSON (for `github drift --unmanaged`)')
      .option('--concurrency <n>', 'parallel requests (overrides campaignctl.yaml)', intOption('concurrency', 1, 256)),
    ['import --account ACCOUNT --all', 'import --account ACCOUNT --id ID --id ID --refresh', 'import --list --account ACCOUNT', 'import --list --format json --out unmanaged.json'],
  ).action(async (opts: ImportCommandOptions) => {
    done(await (await import('./import.js')).runImport(io, opts));
  });

  examples(
    sandboxFaultOptions(program
      .command('sandbox')
      .summary('serve local fakes of the five vendor APIs on one loopback port')
      .description(
        `Serve the vendor fakes on 127.0.0.1, one path prefix per vendor (${registry.map((e) => `/${e.provider.name}`).join(', ')}); ` +
          'an account\'s endpoint is http://127.0.0.1:PORT/<vendor>. Runs until interrupted (exit 130).',
      )
      .option('--port <port>', 'port to listen on (0 picks a free one)', intOption('port', 0, 65535), 0)
      .option('--state <file>', 'state file: read at start (seeded when missing), written after every accepted write')
      .option('--latency <ms>', 'delay before every vendor answer', intOption('latency', 0, 60_000), 0)
      .option('--rate-limit <n>', 'requests per vendor per second; beyond it the vendor\'s 429', intOption('rate-limit', 1, 1_000_000))
      .option('--fail-rate <p>', 'share of requests answered 500/502/503 (0 to 1)', floatOption('fail-rate', 0, 1), 0)
      .option('--seed <n>', 'seed for faults and generated ids', intOption('seed', 0, 2 ** 31 - 1), 1)
      .option('--token-lifetime <s>', 'lifetime of issued access tokens, in seconds', intOption('token-lifetime', 1, 86_400), 3600)),
    ['sandbox --port 4010', 'sandbox --state sandbox.json --fail-rate 0.05 --rate-limit 20', 'sandbox --deep-json 5000 --deep-json-field metadata', 'sandbox --fault-vendor VENDOR --drop-answer "POST:^/campaigns$"'],
  ).action(async (opts: Parameters<typeof runSandbox>[1]) => {
    done(await runSandbox(io, opts));
  });

  const github = examples(
    program
      .command('github')
      .summary('the GitHub side of GitOps: PR plan comment, reviewed plan, guardrails status, job summary, drift issue, ids of created campaigns')
      .description(
        'For GitHub Actions steps. Reads what the runner sets: GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID, GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY; a missing one is an error (exit 1).',
      ),
    ['github comment --plan plan.json', 'github summary --apply-result result.json', 'github drift --plan plan.json'],
  );
  const artifactOption = ['--artifact-url <url>', 'where the whole plan was uploaded (actions/upload-artifact\'s artifact-url), linked when a text is cut'] as const;

  examples(
    github
      .command('comment')
      .summary('create or update the one plan comment on a pull request')
      .description(
        `Post the plan as a comment on the pull request, or edit the one an earlier run posted (found by a hidden marker). Kept under ${MARKDOWN_LIMIT.toLocaleString('en-US')} characters; what does not fit is cut, with a link to the whole plan. ` +
          'Needs GITHUB_TOKEN with pull-requests: write.\n\n' +
          'Exit status: 0 posted, 1 anything else.',
      )
      .option('--plan <file>', 'a plan saved with `campaignctl plan --out`')
      .option('--skipped <reason>', 'no plan was made on purpose: say so, and why (e.g. a pull request from a fork gets no secrets)')
      .option('--failed <reason>', 'the plan failed before there was one to show: say so, and why')
      .option('--other-prs', 'with --plan: say which other open pull requests change the same campaign files (needs pull-requests: read)')
      .option('--reviewed <file>', 'after the apply of a merged pull request: what `github reviewed-plan --notes` wrote; comments on that pull request')
      .option('--apply-result <file>', 'with --reviewed: the result saved by `campaignctl apply --out`, one row per campaign')
      .option('--pr <number>', 'the pull request (default: from the event in GITHUB_EVENT_PATH, or the merged one --reviewed names)', intOption('pr', 1, 2 ** 31 - 1))
      .option(...artifactOption),
    [
      'github comment --plan plan.json --artifact-url URL',
      'github comment --plan plan.json --other-prs',
      'github comment --skipped "forks get no secrets"',
      'github comment --reviewed notes.json --apply-result out.json',
    ],
  ).action(async (opts: GithubCommentOptions) => {
    done(await (await import('./github.js')).runGithubComment(io, opts));
  });

  examples(
    github
      .command('summary')
      .summary('append the plan or the apply result to the job summary')
      .description(
        'Append the plan or the apply result to the file GITHUB_STEP_SUMMARY names, keeping the step\'s summary under GitHub\'s 1 MiB.\n\n' +
          'Exit status: 0 written, 1 anything else.',
      )
      .option('--plan <file>', 'a plan saved with `campaignctl plan --out`')
      .option('--apply-result <file>', 'a result saved with `campaignctl apply --out`')
      .option('--reviewed <file>', 'with --apply-result (or alone, when nothing was applied): what `github reviewed-plan --notes` wrote')
      .option(...artifactOption),
    ['github summary --plan plan.json', 'github summary --apply-result result.json', 'github summary --apply-result out.json --reviewed notes.json'],
  ).action(async (opts: GithubSummaryOptions) => {
    done(await (await import('./github.js')).runGithubSummary(io, opts));
  });

  examples(
    github
      .command('drift')
      .summary('open, update or close the drift issue from a scheduled plan')
      .description(
        'A plan with changes or errors opens the drift issue, or updates the open one; a plan with neither closes it; --failed opens or updates it saying the check could not run. ' +
          'Needs GITHUB_TOKEN with issues: write.\n\n' +
          'Exit status: 0 done (drift or not), 1 anything else.',
      )
      .option('--plan <file>', 'a plan saved with `campaignctl plan --out`')
      .option('--unmanaged <file>', 'with --plan: live campaigns no document manages, saved with `campaignctl import --list --out`; listed in the issue, and drift too')
      .option('--failed <reason>', 'the plan could not be made: report that instead')
      .option('--label <name>', 'the label that marks the drift issue', DRIFT_LABEL)
      .option(...artifactOption),
    ['github drift --plan plan.json', 'github drift --plan plan.json --unmanaged unmanaged.json', 'github drift --failed "the plan step failed"'],
  ).action(async (opts: GithubDriftOptions) => {
    done(await (await import('./github.js')).runGithubDrift(io, opts));
  });

  examples(
    github
      .command('record-ids')
      .summary('commit the ids apply wrote into campaign files and push them, or open a pull request')
      .description(
        'After `campaignctl apply` created campaigns on a runner: commit the campaign files under --dir that differ from HEAD (apply writes `id:` into the file of each campaign it creates), and only those, as "campaignctl: record ids of created campaigns", and push the commit to the branch. ' +
          'When the branch refuses the push (branch protection), push it to a branch of its own and open a pull request into the branch instead (GITHUB_TOKEN with pull-requests: write). ' +
          'Git pushes with its own credentials for the remote (what actions/checkout leaves). HEAD, the index and the working tree are left as they were.\n\n' +
          'Exit status: 0 pushed, pull request opened, or nothing to record; 1 anything else.',
      )
      .option('--dir <path>', 'folder of campaign files', DEFAULT_DIR)
      .option('--branch <name>', 'the branch the ids go to (default: the checked-out branch)')
      .option('--remote <name>', 'the git remote to push to', 'origin'),
    ['github record-ids', 'github record-ids --dir campaigns --branch main'],
  ).action(async (opts: GithubRecordIdsOptions) => {
    done(await (await import('./github.js')).runGithubRecordIds(io, opts));
  });

  examples(
    commonOptions(
      github
        .command('reviewed-plan')
        .summary('before an apply on a push: the plan reviewed on the merged pull request, or none')
        .description(
          'Looks up the pull request whose merge made the pushed commit (GITHUB_TOKEN with pull-requests: read), downloads the plan the plan workflow saved for its last commit (the artifact <prefix>-pr-<number>-<head sha>; actions: read), ' +
            'and writes to --out the part of it that still matches the campaign files, for `campaignctl apply FILE`. Campaigns the plan does not show as the files are now are named and left out. ' +
            'Guardrails an approver approved in review after the plan (policy.approvers in the base\'s campaignctl.yaml) are written to --approve-file, for `apply --approve-file`.\n\n' +
            'Exit status: 0 the reviewed plan is written; 2 the push came from no pull request (nothing was reviewed: plan afresh); 1 the merged pull request\'s plan is missing, expired or unreadable, or GitHub cannot tell: apply nothing.',
        )
        .requiredOption('--out <file>', 'where the plan to apply is written')
        .option('--notes <file>', 'where what was found is written (JSON), for `github summary --reviewed` and `github comment --reviewed`')
        .option('--approve-file <file>', 'where the addresses whose guardrails were approved in review are written, one a line')
        .option('--sha <commit>', 'the pushed commit (default: the push event\'s, or GITHUB_SHA)')
        .option('--artifact-prefix <name>', 'the plan artifact\'s name before -pr-<number>-<sha> (the action\'s artifact-name)', DEFAULT_ARTIFACT_PREFIX)
        .option('--last-applied <file>', 'the last-applied record (default .campaignctl/last-applied.json beside the config)'),
    ),
    ['github reviewed-plan --out plan.json --notes notes.json', 'github reviewed-plan --out plan.json --approve-file ok.txt'],
  ).action(async (opts: GithubReviewedPlanOptions) => {
    done(await (await import('./github-reviewed.js')).runGithubReviewedPlan(io, opts));
  });

  examples(
    github
      .command('guardrails')
      .summary('set the campaigns/guardrails commit status from the plan and the reviews')
      .description(
        'Sets the commit status campaigns/guardrails on the pull request\'s head commit (GITHUB_TOKEN with statuses: write): failure while a guardrail of its plan stands unapproved, success otherwise. ' +
          'A guardrail is approved by a review that approves the head commit after the plan was made, by one of policy.approvers (users, or org/team: reading a team needs a token with members: read) in the base\'s campaignctl.yaml. ' +
          'Without --plan, the plan the plan workflow saved for the head commit is read (actions: read); none saved yet sets nothing.\n\n' +
          'Exit status: 0 the status was set, or there is no saved plan yet; 1 anything else.',
      )
      .option('--plan <file>', 'the plan just made (default: the one saved for the head commit)')
      .option('--pr <number>', 'the pull request (default: from the event in GITHUB_EVENT_PATH)', intOption('pr', 1, 2 ** 31 - 1))
      .option('--sha <commit>', 'the head commit (default: the event\'s pull_request.head.sha)')
      .option('--base-sha <commit>', 'the commit whose campaignctl.yaml names the approvers (default: the event\'s pull_request.base.sha)')
      .option('--config <path>', 'the configuration file, from where campaignctl runs', DEFAULT_CONFIG_FILE)
      .option('--artifact-prefix <name>', 'the plan artifact\'s name before -pr-<number>-<sha> (the action\'s artifact-name)', DEFAULT_ARTIFACT_PREFIX),
    ['github guardrails --plan plan.json', 'github guardrails'],
  ).action(async (opts: GithubGuardrailsOptions) => {
    done(await (await import('./github-guardrails.js')).runGithubGuardrails(io, opts));
  });

  return program;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let status: number = EXIT.ok;
  const program = buildProgram(io, (s) => {
    status = s;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return err.exitCode === 0 ? EXIT.ok : EXIT.error;
    }
    if (err instanceof InvalidArgumentError) {
      io.stderr.write(`campaignctl: ${err.message}\n`);
      return EXIT.error;
    }
    io.stderr.write(`campaignctl: ${printable(err instanceof Error ? err.message : String(err))}\n`);
    if (io.env.CAMPAIGNCTL_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT.error;
  }
  return status;
}
