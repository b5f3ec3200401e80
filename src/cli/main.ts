/**
 * The command line. Each command lives in its own module; this file only wires options.
 * `main` never throws and never exits the process: it returns the exit status.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import { allFakes } from '../sandbox/fakes.js';
import { DRIFT_LABEL } from '../github/drift-issue.js';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from '../report/diagnostics.js';
import { parseShardSpec, ShardSpecError, type ShardSpec } from '../engine/shard.js';
import { DEFAULT_DIR } from './common.js';
import type { CliIO } from './io.js';
import { runApply, type ApplyCommandOptions } from './apply.js';
import { runImport, type ImportCommandOptions } from './import.js';
import { runInit, type InitCommandOptions } from './init.js';
import { runMerge, type MergeCommandOptions } from './merge.js';
import { runGithubComment, runGithubDrift, runGithubSummary, type GithubCommentOptions, type GithubDriftOptions, type GithubSummaryOptions } from './github.js';
import { PLAN_FORMATS, runPlan, type PlanCommandOptions } from './plan.js';
import { runSandbox } from './sandbox.js';
import { runValidate } from './validate.js';
import { VERSION } from './version.js';

export const EXIT = { ok: 0, error: 1, interrupted: 130 } as const;

function commonOptions(cmd: Command): Command {
  return cmd
    .option('--config <path>', `configuration file`, DEFAULT_CONFIG_FILE)
    .option('--dir <path>', 'folder of campaign files, searched recursively', DEFAULT_DIR);
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

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let status: number = EXIT.ok;
  const program = new Command()
    .name('campaignctl')
    .description('Campaigns as code: plan and apply marketing campaigns from YAML in git.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run campaignctl --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();

  commonOptions(
    program
      .command('validate')
      .summary('check campaign files against the vendor schemas and rules (no network)')
      .description(
        'Check campaign YAML against the vendor schemas, the vendors\' rules, and the rules between files.\n' +
          'PATH may be files or folders (default: --dir). Exit status: 0 valid, 1 invalid.',
      )
      .argument('[path...]', 'campaign files or folders')
      .addOption(
        new Option('--format <format>', 'output format').choices([...DIAGNOSTIC_FORMATS]).default('text'),
      ),
  ).action(async (paths: string[], opts: { config: string; dir: string; format: DiagnosticFormat }) => {
    status = await runValidate(io, paths, opts);
  });

  commonOptions(engineOptions(
    program
      .command('plan')
      .summary('read live state, diff it with the YAML, and show what apply would change')
      .description(
        'Read every managed campaign from its vendor, compare the managed fields with the YAML, and print\n' +
          'the plan. Exit status: 0 no changes, 1 error, 2 changes (with --detailed-exitcode).',
      ),
  ))
    .option('--out <file>', 'save the plan (JSON) for `campaignctl apply FILE`')
    .option('--detailed-exitcode', 'exit 2 when there are changes, 0 when there are none')
    .option(
      '--shard <i/n>',
      'plan only shard I of N: the campaigns whose address hashes to it (sha256 of the address, mod N); every file is still validated. Merge the shards with `campaignctl merge`',
      shardOption,
    )
    .action(async (opts: PlanCommandOptions) => {
      status = await runPlan(io, opts);
    });

  program
    .command('merge')
    .summary('merge saved plans (the shards of `plan --shard I/N`) into one plan')
    .description(
      'Merge the plans saved by `campaignctl plan --shard I/N --out FILE` into one\n' +
        'plan, as one job would have planned it: actions ordered by address, the\n' +
        'summary counted again. Refuses a missing or repeated shard, shards of\n' +
        'different runs, and a campaign in two plans. The result is a plan like any\n' +
        'other: `apply FILE`, `github comment --plan`, `github summary --plan`.\n' +
        'Exit status: 0 no changes, 1 error, 2 changes (with --detailed-exitcode).',
    )
    .argument('<plan...>', 'plans saved with `campaignctl plan --out` (each shard\'s)')
    .addOption(new Option('--format <format>', 'output format').choices([...PLAN_FORMATS]).default('text'))
    .option('--out <file>', 'save the merged plan (JSON) for `campaignctl apply FILE`')
    .option('--detailed-exitcode', 'exit 2 when there are changes, 0 when there are none')
    .action(async (plans: string[], opts: MergeCommandOptions) => {
      status = await runMerge(io, plans, opts);
    });

  commonOptions(engineOptions(
    program
      .command('apply')
      .summary('make the vendors match the YAML (a saved plan, or plan then apply)')
      .description(
        'With PLANFILE: apply exactly that plan, refusing each campaign whose live state moved since.\n' +
          'Without: plan, show it, ask for confirmation (or --auto-approve), then apply.\n' +
          'Exit status: 0 all applied, 1 anything failed or was refused, 130 interrupted.',
      )
      .argument('[planfile]', 'a plan saved with `campaignctl plan --out`'),
  ))
    .option('--auto-approve', 'do not ask for confirmation (required when stdin is not a terminal)')
    .option('--out <file>', 'also save the result as JSON ({tally, interrupted, outcomes}), whatever --format says')
    .action(async (planFile: string | undefined, opts: ApplyCommandOptions) => {
      status = await runApply(io, planFile, opts);
    });

  commonOptions(
    program
      .command('import')
      .summary('write YAML files for live campaigns of an account, to adopt them')
      .description(
        'Read live campaigns of an account and write one campaign file each, to adopt\n' +
          'them: <dir>/<provider>/<name>-<id>.yaml, with every field the vendor returns\n' +
          'that a spec can manage. Existing files are kept unless --force.\n' +
          'Exit status: 0 written, 1 nothing written.',
      ),
  )
    .requiredOption('--account <name>', 'the account in campaignctl.yaml to import from')
    .option('--id <id>', 'a campaign to import (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--all', 'import every campaign of the account, inactive and ended ones included')
    .option('--force', 'overwrite files that already exist')
    .option('--concurrency <n>', 'parallel requests (overrides campaignctl.yaml)', intOption('concurrency', 1, 256))
    .action(async (opts: ImportCommandOptions) => {
      status = await runImport(io, opts);
    });

  program
    .command('init')
    .summary('make this git repository a campaign repository: campaignctl.yaml, campaigns/, schemas, workflows')
    .description(
      'Write what a campaign repository needs, at the root of a git repository:\n' +
        'campaignctl.yaml (one account per --account; asked on a terminal when none\n' +
        'is given), the campaign folder, schemas/ (for editor completion), the plan,\n' +
        'apply and drift workflows, and the .gitignore entry. A file that exists is\n' +
        'never overwritten: it is skipped and named.\n' +
        'Exit status: 0 done, 1 bad input (nothing written) or a failed --import.',
    )
    .option('--account <name:provider>', 'an account for campaignctl.yaml (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--sandbox', 'point every account at the embedded sandbox, with the settings its seeded campaigns need')
    .option('--import', 'then adopt every live campaign of each account, as `import --all` does')
    .option('--dir <path>', 'the campaign folder, relative to the repository root', DEFAULT_DIR)
    .action(async (opts: InitCommandOptions) => {
      status = await runInit(io, opts);
    });

  program
    .command('sandbox')
    .summary('serve local fakes of the five vendor APIs on one loopback port')
    .description(
      `Serve the vendor fakes on 127.0.0.1, one path prefix per vendor (${allFakes.map((f) => `/${f.name}`).join(', ')});\n` +
        'an account\'s endpoint is http://127.0.0.1:PORT/<vendor>. Runs until interrupted (exit 130).',
    )
    .option('--port <port>', 'port to listen on (0 picks a free one)', intOption('port', 0, 65535), 0)
    .option('--state <file>', 'state file: read at start (seeded when missing), written after every accepted write')
    .option('--latency <ms>', 'delay before every vendor answer', intOption('latency', 0, 60_000), 0)
    .option('--rate-limit <n>', 'requests per vendor per second; beyond it the vendor\'s 429', intOption('rate-limit', 1, 1_000_000))
    .option('--fail-rate <p>', 'share of requests answered 500/502/503 (0 to 1)', floatOption('fail-rate', 0, 1), 0)
    .option('--seed <n>', 'seed for faults and generated ids', intOption('seed', 0, 2 ** 31 - 1), 1)
    .option('--token-lifetime <s>', 'lifetime of issued access tokens, in seconds', intOption('token-lifetime', 1, 86_400), 3600)
    .action(async (opts: Parameters<typeof runSandbox>[1]) => {
      status = await runSandbox(io, opts);
    });

  const github = program
    .command('github')
    .summary('the GitHub side of GitOps: PR plan comment, job summary, drift issue')
    .description(
      'For GitHub Actions steps. Reads what the runner sets: GITHUB_REPOSITORY,\n' +
        'GITHUB_TOKEN, GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_RUN_ID,\n' +
        'GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY; a missing one is an error (exit 1).',
    );
  const artifactOption = ['--artifact-url <url>', 'where the whole plan was uploaded (actions/upload-artifact\'s artifact-url), linked when a text is cut'] as const;

  github
    .command('comment')
    .summary('create or update the one plan comment on a pull request')
    .description(
      'Post the plan as a comment on the pull request, or edit the one an earlier\n' +
        'run posted (found by a hidden marker). Kept under 60,000 characters; what\n' +
        'does not fit is cut, with a link to the whole plan. Needs GITHUB_TOKEN with\n' +
        'pull-requests: write. Exit status: 0 posted, 1 anything else.',
    )
    .option('--plan <file>', 'a plan saved with `campaignctl plan --out`')
    .option('--skipped <reason>', 'no plan was made on purpose: say so, and why (e.g. a pull request from a fork gets no secrets)')
    .option('--failed <reason>', 'the plan failed before there was one to show: say so, and why')
    .option('--pr <number>', 'the pull request (default: from the event in GITHUB_EVENT_PATH)', intOption('pr', 1, 2 ** 31 - 1))
    .option(...artifactOption)
    .action(async (opts: GithubCommentOptions) => {
      status = await runGithubComment(io, opts);
    });

  github
    .command('summary')
    .summary('append the plan or the apply result to the job summary')
    .description(
      'Append to the file GITHUB_STEP_SUMMARY names, keeping the step\'s summary\n' +
        'under GitHub\'s 1 MiB. Exit status: 0 written, 1 anything else.',
    )
    .option('--plan <file>', 'a plan saved with `campaignctl plan --out`')
    .option('--apply-result <file>', 'a result saved with `campaignctl apply --out`')
    .option(...artifactOption)
    .action(async (opts: GithubSummaryOptions) => {
      status = await runGithubSummary(io, opts);
    });

  github
    .command('drift')
    .summary('open, update or close the drift issue from a scheduled plan')
    .description(
      'A plan with changes or errors opens the drift issue, or updates the open\n' +
        'one; a plan with neither closes it; --failed opens or updates it saying\n' +
        'the check could not run. Needs GITHUB_TOKEN with issues: write.\n' +
        'Exit status: 0 done (drift or not), 1 anything else.',
    )
    .option('--plan <file>', 'a plan saved with `campaignctl plan --out`')
    .option('--failed <reason>', 'the plan could not be made: report that instead')
    .option('--label <name>', 'the label that marks the drift issue', DRIFT_LABEL)
    .option(...artifactOption)
    .action(async (opts: GithubDriftOptions) => {
      status = await runGithubDrift(io, opts);
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
    io.stderr.write(`campaignctl: ${err instanceof Error ? err.message : String(err)}\n`);
    if (io.env.CAMPAIGNCTL_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return EXIT.error;
  }
  return status;
}
