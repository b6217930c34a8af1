import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CompanyFactsSchema, PersonFactsSchema } from '../../lib/model/facts';
import { CaptureSchema } from '../../lib/model/capture';

const run = promisify(execFile);
const CLI = ['tsx', 'scripts/signals.ts'];

async function signals(args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', [...CLI, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run signals', () => {
  it('prints exactly one JSON object in the contract for a profile', async () => {
    const r = await signals([
      '--url',
      'https://www.linkedin.com/in/lucia-ferrer-demo/',
      'tests/fixtures/linkedin/linkedin-profile-2024-logged-in.html',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['surface', 'status', 'person', 'company', 'signals']);
    expect(out.surface).toBe('linkedin-profile');
    expect(out.status).toBe('ok');
    expect(PersonFactsSchema.strict().parse(out.person).name).toBe('Lucía Ferrer Quintana');
    expect(out.company === null || CompanyFactsSchema.strict().safeParse(out.company).success).toBe(
      true,
    );
    expect(CaptureSchema.shape.signals.safeParse(out.signals).success).toBe(true);
  });

  it('exits 0 with no_signals for a readable page with nothing on it', async () => {
    const r = await signals([
      '--url',
      'https://www.linkedin.com/in/lucia-ferrer-demo/',
      'tests/fixtures/linkedin/linkedin-profile-login-wall.html',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'no_signals',
      person: null,
      company: null,
    });
  });

  it('fails with one line for a missing file or a bad URL', async () => {
    const missing = await signals(['--url', 'https://www.linkedin.com/in/x/', 'nope.html']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no such file/);
    const bad = await signals([
      '--url',
      'not a url',
      'tests/fixtures/linkedin/linkedin-profile-login-wall.html',
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/bad URL/);
  });

  it('refuses a page over 16 MB with one line, before parsing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'criba-signals-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const huge = join(dir, 'huge.html');
    writeFileSync(huge, `<html><body>${'<p>x</p>'.repeat(2 * 1024 * 1024 + 1)}</body></html>`);
    const r = await signals(['--url', 'https://www.example-demo.test/', huge]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/huge\.html is \d+ bytes; the limit is 16777216 bytes \(16 MB\)/);
  });
});
