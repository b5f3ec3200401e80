/**
 * Reading campaign files on several threads gives what reading them on one gives: the same
 * diagnostics at the same positions, the same campaigns in the same order, also when a worker
 * fails and when the files are broken in every way the loader knows.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import type { CampaignFile } from '../../src/desired/discover.js';
import { PARALLEL_READING, sourceOf, validateCampaignFiles, type ParallelReading } from '../../src/desired/parallel-read.js';
import { validateSources, type ValidateResult } from '../../src/desired/validate.js';
import { campaignDoc } from '../helpers/documents.js';
import { TEST_CONFIG, TEST_NOW } from '../helpers/validate.js';

const root = path.resolve(import.meta.dirname, '../..');
const examples = readdirSync(path.join(root, 'campaigns'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(path.join(root, 'campaigns', f), 'utf8'));

/** Every kind of file: valid ones, broken ones, ones with rule violations, duplicates across files. */
function corpus(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  examples.forEach((text, i) => (files[`a/example-${String(i).padStart(2, '0')}.yaml`] = text));
  // The same campaign in two files, and a second document in a file.
  files['b/duplicate.yaml'] = examples[0]!;
  files['b/two-documents.yaml'] = `${examples[1]!}---\n${examples[2]!.replace(/^# .*\n/, '')}`;
  files['c/syntax.yaml'] = 'provider: topsort\nspec: {name: x\n';
  files['c/duplicate-key.yaml'] = campaignDoc({ provider: 'topsort', account: 'marketplace-eu', id: '3c90c3cc-0d44-4b50-8888-8dd25736052a' }, ['name: a', 'name: b']);
  files['c/schema.yaml'] = campaignDoc({ provider: 'topsort', account: 'marketplace-eu', id: '3c90c3cc-0d44-4b50-8888-8dd25736052b' }, ['name: a', 'isActive: "yes"']);
  files['c/rule.yaml'] = campaignDoc({ provider: 'lula', account: 'stores', id: '"1000999"' }, [
    'name: Backwards',
    'starts_at: "2027-02-08T00:00:00Z"',
    'ends_at: "2027-02-01T00:00:00Z"',
  ]);
  files['c/unknown-account.yaml'] = campaignDoc({ provider: 'topsort', account: 'nobody', id: '3c90c3cc-0d44-4b50-8888-8dd25736052c' }, ['name: a']);
  files['c/not-utf8.yaml'] = new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a]);
  files['c/empty.yaml'] = '';
  files['c/comments.yaml'] = '# nothing here\n';
  files['c/alias.yaml'] = 'a: &x [1]\nb: *x\n';
  files['c/alias-undefined.yaml'] = 'a: *nowhere\n';
  files['c/scalar.yaml'] = 'just text\n';
  return files;
}

let dir = '';
let files: CampaignFile[] = [];
let config: ReturnType<typeof parseConfigText>['config'];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'campaignctl-parallel-'));
  for (const [name, text] of Object.entries(corpus())) {
    const full = path.join(dir, 'campaigns', name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  files = readdirSync(path.join(dir, 'campaigns'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `campaigns/${f}`, absolute: path.join(dir, 'campaigns', f) }));
  config = parseConfigText(TEST_CONFIG, 'campaignctl.yaml').config;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a user sees: every diagnostic, and every campaign with where it stands and what it holds. */
function seen(r: ValidateResult) {
  return {
    diagnostics: r.diagnostics,
    campaigns: r.campaigns.map((c) => ({ file: c.file, index: c.index, start: c.start, address: c.address, spec: c.spec, ignore: c.ignore, at: c.locator.at(['spec']) })),
    files: r.files,
    documents: r.documents,
  };
}

const reading = (over: Partial<ParallelReading>): ParallelReading => ({ ...PARALLEL_READING, minFiles: 1, chunkFiles: 3, threads: () => 3, ...over });

describe('validating campaign files on several threads', () => {
  it('finds what one thread finds, workers reading every file', async () => {
    const one = validateSources(files.map(sourceOf), { config: config!, now: TEST_NOW });
    expect(one.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['yaml-syntax', 'duplicate-key', 'schema', 'rule', 'unknown-account', 'encoding', 'duplicate-campaign', 'yaml-alias']),
    );
    // Chunks come through a relay that counts them: all of them must have been read by the workers.
    let chunks = 0;
    const counted = (data: Parameters<ParallelReading['startWorker']>[0]) => {
      const relay = new MessageChannel();
      relay.port1.on('message', (m) => {
        chunks++;
        data.port.postMessage(m);
      });
      return PARALLEL_READING.startWorker({ ...data, port: relay.port2 }).on('exit', () => setTimeout(() => relay.port1.close(), 100));
    };
    const parallel = await validateCampaignFiles(files, { config: config!, now: TEST_NOW }, reading({ mainReads: false, startWorker: counted }));
    expect(seen(parallel)).toEqual(seen(one));
    expect(chunks).toBe(Math.ceil(files.length / 3));
  });

  it('finds what one thread finds, the main thread reading beside the workers', async () => {
    const one = validateSources(files.map(sourceOf), { config: config!, now: TEST_NOW });
    const parallel = await validateCampaignFiles(files, { config: config!, now: TEST_NOW }, reading({ chunkFiles: 1 }));
    expect(seen(parallel)).toEqual(seen(one));
  });

  it('reads on the main thread what a failing worker took', async () => {
    const one = validateSources(files.map(sourceOf), { config: config!, now: TEST_NOW });
    const failing = () => new Worker('throw new Error("no worker today")', { eval: true });
    const parallel = await validateCampaignFiles(files, { config: config!, now: TEST_NOW }, reading({ mainReads: false, startWorker: failing }));
    expect(seen(parallel)).toEqual(seen(one));
  });
});
