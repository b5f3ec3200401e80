/**
 * Every command's `--help`, as a user reads it: it ends with examples, its text is wrapped at whole
 * words (no line broken early or mid-word), and every option it lists, and every example it gives,
 * is accepted by the parser.
 */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { buildProgram, main } from '../../src/cli/main.js';

const WIDTH = 80;

function captureIO(): { io: CliIO; out: () => string } {
  let out = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (out += s), isTTY: false },
    stdinIsTTY: false,
    env: {},
    cwd: process.cwd(),
    now: () => new Date(),
    interrupts: () => new AbortController().signal,
  };
  return { io, out: () => out };
}

/** Every command and subcommand, by the words that name it (`['github', 'drift']`). */
function commands(cmd: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  return [
    { path, cmd },
    ...cmd.commands.filter((c) => c.name() !== 'help').flatMap((c) => commands(c, [...path, c.name()])),
  ];
}

const program = buildProgram(captureIO().io, () => {});
const all = commands(program);

async function helpOf(path: readonly string[]): Promise<string> {
  const { io, out } = captureIO();
  expect(await main([...path, '--help'], io)).toBe(0);
  return out();
}

/** `$ campaignctl a b "c d"` → ['a', 'b', 'c d']. */
function argv(example: string): string[] {
  return [...example.replace(/^\$ campaignctl\s*/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

function examplesIn(help: string): string[] {
  const section = help.split('\nExamples:\n')[1] ?? '';
  return section.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('$ campaignctl'));
}

class Accepted extends Error {}

/** Parses `args` as the command line would, stopping before any action runs. */
async function parses(args: readonly string[]): Promise<{ ok: boolean; output: string }> {
  const { io, out } = captureIO();
  const p = buildProgram(io, () => {});
  p.hook('preAction', () => {
    throw new Accepted();
  });
  try {
    await p.parseAsync([...args], { from: 'user' });
    return { ok: false, output: `${out()}(no action ran)` };
  } catch (err) {
    return { ok: err instanceof Accepted, output: out() || String(err) };
  }
}

/** A value each kind of option placeholder accepts. */
const SAMPLE: Readonly<Record<string, string>> = {
  '<path>': 'x',
  '<file>': 'x.json',
  '<address>': 'p/a',
  '<n>': '2',
  '<i/n>': '1/2',
  '<ref>': 'HEAD',
  '<name>': 'x',
  '<id>': 'x',
  '<port>': '0',
  '<ms>': '0',
  '<p>': '0.5',
  '<s>': '60',
  '<duration>': '30s',
  '<number>': '1',
  '<reason>': 'why',
  '<value>': '-5',
  '<mode>': 'new',
  '<encoding>': 'base64',
  '<url>': 'https://example.test/x',
  '<commit>': '0123456789abcdef0123456789abcdef01234567',
  '<name:provider>': 'shop:p',
  '<rule>': 'POST:^/campaigns$#2',
};

/** The options in the help's Options section: flag, and the value to give it. */
function listedOptions(help: string): { flag: string; value?: string }[] {
  const section = help.split('\nOptions:\n')[1]?.split('\n\n')[0] ?? '';
  return section
    .split('\n')
    .map((line) => /^ {2}(?:-\w, )?(--[\w-]+)(?: (<[^>]+>|\[[^\]]+\]))?(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .filter((m) => !['--help', '--version'].includes(m[1]!))
    .map((m) => {
      const placeholder = m[2];
      if (!placeholder) return { flag: m[1]! };
      const choice = /choices: "([^"]+)"/.exec(m[3] ?? '')?.[1];
      const value = choice ?? SAMPLE[placeholder];
      if (value === undefined) throw new Error(`add a sample value for ${placeholder} (${m[1]!})`);
      return { flag: m[1]!, value };
    });
}

describe('campaignctl --help, for every command', () => {
  it('covers every command', () => {
    expect(all.map((c) => c.path.join(' '))).toEqual([
      '',
      'validate',
      'plan',
      'merge',
      'apply',
      'init',
      'import',
      'sandbox',
      'github',
      'github comment',
      'github summary',
      'github drift',
      'github record-ids',
      'github reviewed-plan',
      'github guardrails',
    ]);
  });

  for (const { path, cmd } of all) {
    const name = ['campaignctl', ...path].join(' ');

    describe(name, () => {
      it('ends with examples of this command', async () => {
        const shown = examplesIn(await helpOf(path));
        expect(shown.length).toBeGreaterThan(0);
        for (const example of shown) expect(argv(example).slice(0, path.length)).toEqual(path);
      });

      it(`is wrapped at whole words within ${WIDTH} columns, with no line broken early`, async () => {
        const lines = (await helpOf(path)).split('\n');
        for (const [i, line] of lines.entries()) {
          expect(line.length, line).toBeLessThanOrEqual(WIDTH);
          const next = lines[i + 1];
          if (!line.trim() || !next?.trim() || next.trim().startsWith('$')) continue;
          const indent = (l: string) => l.length - l.trimStart().length;
          // The next line continues this one: a paragraph at column 0, or an item's description.
          const continues = (indent(line) === 0 && indent(next) === 0 && !line.endsWith(':')) || indent(next) > 2;
          if (!continues) continue;
          const firstWord = next.trim().split(/\s+/)[0]!;
          expect(line.trimEnd().length + 1 + firstWord.length, `"${firstWord}" fits after: ${line}`).toBeGreaterThan(WIDTH);
        }
      });

      it('shows every description it was given with its words whole', async () => {
        const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
        const help = flat(await helpOf(path));
        const texts = [cmd.description(), ...cmd.options.map((o) => o.description), ...cmd.registeredArguments.map((a) => a.description)];
        for (const text of texts.filter((t) => t !== '')) expect(help).toContain(flat(text));
      });

      it('gives examples the parser accepts, and accepts every option it lists', async () => {
        const help = await helpOf(path);
        const shown = examplesIn(help);
        for (const example of shown) {
          const run = await parses(argv(example));
          expect(run.ok, `${example}\n${run.output}`).toBe(true);
        }
        // Each listed option, added to the first example (which has whatever the command requires).
        const base = argv(shown[0]!);
        for (const { flag, value } of listedOptions(help)) {
          const args = [...base, flag, ...(value === undefined ? [] : [value])];
          const run = await parses(args);
          expect(run.ok, `${args.join(' ')}\n${run.output}`).toBe(true);
        }
      });
    });
  }

  it('offers --config and --dir only where the command reads them', async () => {
    const takesConfig = all.filter(({ cmd }) => cmd.options.some((o) => o.long === '--config')).map((c) => c.path.join(' '));
    // reviewed-plan checks the reviewed plan against the files; guardrails reads policy.approvers at the base.
    expect(takesConfig).toEqual(['validate', 'plan', 'apply', 'import', 'github reviewed-plan', 'github guardrails']);
    for (const path of [['merge', 'a.json'], ['sandbox'], ['github', 'drift', '--plan', 'p.json']]) {
      const run = await parses([...path, '--config', 'x.yaml']);
      expect(run.ok).toBe(false);
      expect(run.output).toContain("unknown option '--config'");
    }
  });
});
