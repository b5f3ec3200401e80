/**
 * `timezone:` in campaignctl.yaml: the zone text and markdown plans show dates in. A zone the
 * runtime does not know is an error at its place (exit 1, nothing read from a vendor); a known one
 * travels with the plan (its JSON, a saved plan, each shard) so that the plan reads the same
 * wherever it is rendered, and shards planned in different zones do not merge.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/engine/plan-model.js';
import { tempProject, type Project } from '../helpers/cli.js';
import { TEST_CONFIG } from '../helpers/validate.js';

const WINTER = readFileSync(new URL('../../campaigns/topsort/winter-kitchen-sponsored-listings.yaml', import.meta.url), 'utf8');
const files = { 'campaigns/topsort/winter.yaml': WINTER };

let project: Project | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

const withZone = (line: string) => `${line}\n${TEST_CONFIG}`;

describe('timezone: in campaignctl.yaml', () => {
  it('refuses a zone the runtime does not know, naming it at its line and column (exit 1)', async () => {
    project = tempProject(files, withZone('timezone: Europe/Amsterdan'));
    for (const command of [['validate'], ['plan']]) {
      const r = await project.run(command);
      expect(r.status).toBe(1);
      expect(r.stdout + r.stderr).toContain('campaignctl.yaml:1:11: error: unknown time zone `Europe/Amsterdan`: use an IANA name such as `UTC` or `Europe/Amsterdam`');
    }
  });

  it('refuses a zone that is not text, with the schema\'s message', async () => {
    project = tempProject(files, withZone('timezone: 2'));
    const r = await project.run(['validate']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('campaignctl.yaml:1:11: error: `timezone` must be the IANA name of a time zone, such as `UTC` or `Europe/Amsterdam`');
  });

  it('shows the plan\'s dates in the zone, with its offset, and writes the zone into the plan', async () => {
    project = tempProject(files, withZone('timezone: America/New_York'));
    const json = await project.run(['plan', '--format', 'json', '--out', 'plan.json']);
    const plan = JSON.parse(json.stdout) as Plan;
    expect(plan.timezone).toBe('America/New_York');
    // The example changes no date: move the end (2027-01-15T23:59:59+01:00 live) to see one.
    const file = path.join(project.dir, 'campaigns/topsort/winter.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('endDate: "2027-01-15T23:59:59+01:00"', 'endDate: "2027-01-20T23:59:59+01:00"'));
    const text = await project.run(['plan']);
    expect(text.stdout).toContain('~ endDate: 2027-01-15 17:59:59 -05:00 → 2027-01-20 17:59:59 -05:00');
  });

  it('travels with each shard, and shards planned in different zones do not merge', async () => {
    project = tempProject(files, withZone('timezone: Asia/Tokyo'));
    const one = await project.run(['plan', '--shard', '1/2', '--format', 'json', '--out', 'one.json']);
    expect((JSON.parse(one.stdout) as Plan).timezone).toBe('Asia/Tokyo');
    project.write('campaignctl.yaml', TEST_CONFIG);
    await project.run(['plan', '--shard', '2/2', '--out', 'two.json']);
    const merged = await project.run(['merge', 'one.json', 'two.json']);
    expect(merged.status).toBe(1);
    expect(merged.stdout + merged.stderr).toContain("two.json:1:1: error: this plan shows dates in UTC (no `timezone:`), but one.json in `Asia/Tokyo`: the plans come from different configurations");
  });
});
