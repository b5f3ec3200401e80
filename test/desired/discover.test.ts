import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverCampaignFiles, findCampaignFiles, MissingPathError } from '../../src/desired/discover.js';

let root = '';
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'campaignctl-discover-'));
  for (const f of ['repo/campaigns/b/z.yaml', 'repo/campaigns/b/a.yml', 'repo/campaigns/a.YAML', 'repo/campaigns/notes.txt', 'repo/campaigns/.hidden/x.yaml', 'repo/campaigns/node_modules/y.yaml', 'repo/campaigns/B/c.yaml', 'elsewhere/e.yaml']) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), 'a: 1\n');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('finding campaign files', () => {
  it('lists YAML files below a folder in a stable order, skipping hidden folders and node_modules, shown relative to the working directory', async () => {
    const cwd = path.join(root, 'repo');
    const found = await findCampaignFiles(['campaigns'], cwd);
    expect(found.map((f) => f.path)).toEqual(['campaigns/B/c.yaml', 'campaigns/a.YAML', 'campaigns/b/a.yml', 'campaigns/b/z.yaml']);
    for (const f of found) expect(f.absolute).toBe(path.join(cwd, f.path));
    expect(await discoverCampaignFiles(['campaigns/', './campaigns/b'], cwd)).toEqual(['campaigns/B/c.yaml', 'campaigns/a.YAML', 'campaigns/b/a.yml', 'campaigns/b/z.yaml']);
  });

  it('shows files below the working directory itself without a prefix, and files outside it absolute', async () => {
    const cwd = path.join(root, 'repo', 'campaigns');
    expect(await discoverCampaignFiles(['.'], cwd)).toEqual(['B/c.yaml', 'a.YAML', 'b/a.yml', 'b/z.yaml']);
    const outside = await findCampaignFiles(['../../elsewhere', 'b/z.yaml'], cwd);
    expect(outside).toEqual([
      { path: path.join(root, 'elsewhere', 'e.yaml'), absolute: path.join(root, 'elsewhere', 'e.yaml') },
      { path: 'b/z.yaml', absolute: path.join(cwd, 'b', 'z.yaml') },
    ]);
  });

  it('names a path that does not exist', async () => {
    await expect(findCampaignFiles(['nope'], root)).rejects.toBeInstanceOf(MissingPathError);
  });
});
