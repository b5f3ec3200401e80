/**
 * Files that used to be dropped without a word: CR-only line endings, symbolic links below the
 * campaign folder, and special files. Each is now read or named.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject, type Project } from '../helpers/cli.js';

const doc = (id: string, name: string, eol = '\n') =>
  ['# launched for the winter', 'provider: topsort', 'account: marketplace-eu', `id: ${id}`, 'spec:', `  name: ${name}`, ''].join(eol);

const ID_A = '3c90c3cc-0d44-4b50-8888-8dd25736052a';
const ID_B = '4c90c3cc-0d44-4b50-8888-8dd25736052b';

let project: Project | undefined;
let outside: string | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
  if (outside) rmSync(outside, { recursive: true, force: true });
  outside = undefined;
});

async function validateJson(p: Project, args: string[] = []) {
  const r = await p.run(['validate', '--format', 'json', ...args]);
  return { ...r, report: JSON.parse(r.stdout) as { valid: boolean; documents: number; files: number } };
}

describe('odd campaign files', () => {
  it('reads a file with CR-only line endings that starts with a comment as its campaign, not as one comment', async () => {
    project = tempProject({ 'campaigns/old-mac.yaml': doc(ID_A, 'Spring sale', '\r') });
    const { report, status } = await validateJson(project);
    expect(report.documents).toBe(1);
    expect(status).toBe(0);
    const bad = tempProject({ 'campaigns/old-mac.yaml': doc(ID_A, 'Spring sale', '\r').replace('name: Spring sale', 'nmae: Spring sale') });
    try {
      const r = await bad.run(['validate']);
      // The position counts CR-only lines as lines.
      expect(r.stdout).toMatch(/^campaigns\/old-mac\.yaml:6:3: error: .*nmae/m);
      expect(r.status).toBe(1);
    } finally {
      bad.remove();
    }
  });

  it('follows links that stay inside the working directory, and names the ones it skips', async () => {
    project = tempProject({ 'shared/winter.yaml': doc(ID_A, 'Winter'), 'shared/more/spring.yaml': doc(ID_B, 'Spring') });
    outside = mkdtempSync(path.join(tmpdir(), 'campaignctl-outside-'));
    writeFileSync(path.join(outside, 'elsewhere.yaml'), doc('5c90c3cc-0d44-4b50-8888-8dd25736052c', 'Elsewhere'));
    mkdirSync(path.join(project.dir, 'campaigns'), { recursive: true });
    symlinkSync(path.join(project.dir, 'shared/winter.yaml'), path.join(project.dir, 'campaigns/winter.yaml'));
    symlinkSync(path.join(project.dir, 'shared/more'), path.join(project.dir, 'campaigns/more'));
    symlinkSync(path.join(outside, 'elsewhere.yaml'), path.join(project.dir, 'campaigns/elsewhere.yaml'));
    symlinkSync(outside, path.join(project.dir, 'campaigns/outside-folder'));
    symlinkSync(path.join(project.dir, 'campaigns'), path.join(project.dir, 'campaigns/more-loop'));
    symlinkSync(path.join(project.dir, 'missing.yaml'), path.join(project.dir, 'campaigns/broken.yaml'));

    const { report, stderr, status } = await validateJson(project);
    expect(report.documents).toBe(2);
    expect(status).toBe(0);
    expect(stderr).toMatch(/^note: skipped campaigns\/elsewhere\.yaml: a symbolic link to .*outside/m);
    expect(stderr).toMatch(/^note: skipped campaigns\/outside-folder: a symbolic link to .*outside/m);
    expect(stderr).toMatch(/^note: skipped campaigns\/more-loop: a link back into a folder already being read/m);
    expect(stderr).toMatch(/^note: skipped campaigns\/broken\.yaml: a symbolic link whose target does not exist/m);
  });

  it('refuses a FIFO given as a path at once instead of waiting on it', async () => {
    project = tempProject({ 'campaigns/a.yaml': doc(ID_A, 'A') });
    const fifo = path.join(project.dir, 'campaigns/pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const direct = await project.run(['validate', 'campaigns/pipe.yaml']);
    expect(direct.stdout).toMatch(/^campaigns\/pipe\.yaml:1:1: error: not a regular file or folder/m);
    expect(direct.status).toBe(1);
    // Found in a folder, it is named and left unread; the other files are checked.
    const { report, stderr, status } = await validateJson(project);
    expect(report.documents).toBe(1);
    expect(stderr).toMatch(/^note: skipped campaigns\/pipe\.yaml: not a regular file/m);
    expect(status).toBe(0);
  });
});
