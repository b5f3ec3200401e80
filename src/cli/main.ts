/**
 * The command line. Each command lives in its own module; this file only wires options.
 * `main` never throws and never exits the process: it returns the exit status.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_CONFIG_FILE } from '../config/load.js';
import { DIAGNOSTIC_FORMATS, type DiagnosticFormat } from '../report/diagnostics.js';
import { DEFAULT_DIR } from './common.js';
import type { CliIO } from './io.js';
import { runApply, type ApplyCommandOptions } from './apply.js';
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

function engineOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format').choices(PLAN_FORMATS as string[]).default('text'))
    .option(
      '--target <address>',
      'only this campaign, or every campaign under an address prefix such as topsort/marketplace-eu (repeatable)',
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
        new Option('--format <format>', 'output format').choices(DIAGNOSTIC_FORMATS as string[]).default('text'),
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
    .action(async (opts: PlanCommandOptions) => {
      status = await runPlan(io, opts);
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
    .action(async (planFile: string | undefined, opts: ApplyCommandOptions) => {
      status = await runApply(io, planFile, opts);
    });

  program
    .command('sandbox')
    .summary('serve local fakes of the five vendor APIs on one loopback port')
    .description(
      'Serve the vendor fakes on 127.0.0.1, one path prefix per vendor (/masivo, /voucherify, /lula, /spaaza,\n' +
        '/topsort); an account\'s endpoint is http://127.0.0.1:PORT/<vendor>. Runs until interrupted (exit 130).',
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
