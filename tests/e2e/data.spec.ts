import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { expect, test } from './harness';

/**
 * The prospects page's data dialogs in Chromium: a CSV imported through the mapping step,
 * a HubSpot CSV exported, a backup downloaded and restored; and screenshots at 360 px in
 * both languages of each dialog (the export caught mid-way, with its progress).
 */

const AT = '2026-03-01T10:00:00.000Z';

/** A backup with `n` invented people (no company), as restore takes it. */
function bulkBackup(n: number): Buffer {
  const contacts = [];
  const prospects = [];
  for (let i = 0; i < n; i++) {
    const key = `email:persona${i}@empresa${i % 97}-demo.es`;
    contacts.push({
      key,
      accountKey: null,
      linkedinSlug: null,
      email: key.slice(6),
      name: `Persona ${i}`,
      fields: {},
      createdAt: AT,
      updatedAt: AT,
    });
    prospects.push({
      id: key,
      accountKey: null,
      contactKey: key,
      status: 'new',
      frameworkId: null,
      answers: {},
      pain: '',
      angle: null,
      notes: '',
      outcome: null,
      score: null,
      icpVersion: null,
      createdAt: AT,
      updatedAt: AT,
    });
  }
  const backup = {
    format: 'criba-backup',
    version: 1,
    exportedAt: AT,
    accounts: [],
    contacts,
    prospects,
    scoreHistory: [],
    icps: [],
    suppressions: [],
    drafts: [],
    personLinks: [],
    rows: [],
  };
  return Buffer.from(JSON.stringify(backup));
}

const CSV = [
  'Correo del cliente,Nombre,Empresa,Sitio web,Teléfono',
  'ana.ruiz@talleres-ebro-demo.es,Ana Ruiz,Talleres Ebro,https://talleres-ebro-demo.es,+34 976 000 111',
  'jon.etxe@ferralla-norte-demo.es,Jon Etxeberria,Ferralla Norte,https://ferralla-norte-demo.es,',
  'sin-arroba,Nadie,Ninguna,,',
].join('\r\n');

async function openList(page: Page, extensionId: string, lang: 'en' | 'es' = 'en') {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/prospects.html`);
  await page.locator('.lang-switch').selectOption(lang);
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('import a CSV through the mapping step, export HubSpot, back up and restore', async ({
  criba,
}) => {
  const list = await criba.context.newPage();
  await openList(list, criba.extensionId);

  // Import: the unknown "Correo del cliente" column is mapped by hand.
  await list.getByRole('button', { name: 'Import…' }).click();
  const dialog = list.getByRole('dialog');
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'clientes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await dialog.getByLabel('Correo del cliente').selectOption('email');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await expect(dialog.getByText('2 rows ready to import, 1 rejected.')).toBeVisible();
  await expect(dialog.getByText('Not a valid email address: sin-arroba')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(
    dialog.getByText('2 new, 0 merged into existing prospects, 1 rejected.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(
    list.locator('[data-prospect-id="email:ana.ruiz@talleres-ebro-demo.es"]'),
  ).toBeVisible();

  // The mapping is remembered: the same file maps itself, and merges instead of duplicating.
  await list.getByRole('button', { name: 'Import…' }).click();
  await dialog
    .getByLabel('CSV file')
    .setInputFiles({ name: 'clientes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(dialog.getByLabel('Correo del cliente')).toHaveValue('email');
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(
    dialog.getByText('0 new, 2 merged into existing prospects, 1 rejected.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Export HubSpot contacts.
  await list.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByLabel('Format').selectOption('hubspot');
  const [csvDownload] = await Promise.all([
    list.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const parsed = Papa.parse<Record<string, string>>(
    readFileSync((await csvDownload.path())!, 'utf8'),
    { header: true, skipEmptyLines: true },
  );
  expect(parsed.errors).toEqual([]);
  expect(
    parsed.data.map((r) => [r['First Name'], r['Email'], r['Company Domain Name']]).sort(),
  ).toEqual([
    ['Ana', 'ana.ruiz@talleres-ebro-demo.es', 'talleres-ebro-demo.es'],
    ['Jon', 'jon.etxe@ferralla-norte-demo.es', 'ferralla-norte-demo.es'],
  ]);
  expect(parsed.data.find((r) => r['First Name'] === 'Ana')?.['Phone Number']).toBe(
    '+34 976 000 111',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Back up, change something, restore: the change is gone.
  await list.getByRole('button', { name: 'Backup…' }).click();
  const [backupDownload] = await Promise.all([
    list.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const backup = readFileSync((await backupDownload.path())!);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await list.getByRole('button', { name: 'Import…' }).click();
  await dialog.getByLabel('CSV file').setInputFiles({
    name: 'otra.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Email,Name\r\nluis@otra-demo.es,Luis\r\n'),
  });
  await dialog.getByRole('button', { name: 'Check the rows' }).click();
  await dialog.getByRole('button', { name: 'Import 1 row' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(list.locator('[data-prospect-id="email:luis@otra-demo.es"]')).toBeVisible();

  await list.getByRole('button', { name: 'Backup…' }).click();
  await dialog
    .getByLabel('Restore from a backup file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await dialog.getByRole('button', { name: 'Replace everything with this backup' }).click();
  await expect(dialog.getByText('Restored 2 prospects, 2 companies and 2 people.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(list.locator('[data-prospect-id="email:luis@otra-demo.es"]')).toHaveCount(0);
  await expect(list.locator('[data-prospect-id]')).toHaveCount(2);

  // A backup from a newer Criba is refused, clearly.
  await list.getByRole('button', { name: 'Backup…' }).click();
  await dialog.getByLabel('Restore from a backup file').setInputFiles({
    name: 'nueva.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"criba-backup","version":99}'),
  });
  await expect(dialog.getByRole('alert')).toContainText('made by a newer version of Criba');
});

for (const lang of ['en', 'es'] as const) {
  test(`data dialogs at 360 px in ${lang}`, async ({ criba }) => {
    // Today's list reads every prospect to draw: 6,000 of them take a while to appear.
    test.setTimeout(300_000);
    const list = await criba.context.newPage();
    await openList(list, criba.extensionId, lang);
    const dialog = list.getByRole('dialog');
    const shot = (name: string) =>
      list.screenshot({ path: `test-results/data-${name}-${lang}.png` });

    await list.getByRole('button', { name: /Backup…|Copia de seguridad…/ }).click();
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'grande.json',
      mimeType: 'application/json',
      buffer: bulkBackup(6_000),
    });
    await shot('restore');
    await dialog.locator('button.primary').last().click();
    // 6,000 prospects restored in one transaction, rows and tallies counted again: a few
    // seconds here, much longer on a machine busy with other builds.
    await expect(dialog.locator('.ok[role=status]')).toBeVisible({ timeout: 90_000 });
    await noSidewaysScroll(list);
    await shot('backup');
    await dialog.getByRole('button', { name: /Close|Cerrar/ }).click();
    await expect(list.locator('[data-prospect-id]').first()).toBeVisible({ timeout: 90_000 });

    // Slow the page down so the export is caught with its progress drawn.
    const cdp = await criba.context.newCDPSession(list);
    await list.getByRole('button', { name: /Export…|Exportar…/ }).click();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await dialog.locator('button[type=submit]').click();
    await expect(dialog.locator('progress')).toBeVisible();
    await expect(dialog.locator('progress + .hint')).toBeVisible({ timeout: 60_000 });
    await shot('export-progress');
    // A throttled page draws too few frames for a "stable" click: dispatch it. The list
    // now hands the export its ids from the rows index, so on a fast machine the export
    // may end before Cancel is reached; either way the dialog must say how it ended
    // (cancelling itself is pinned by lib/export/run-export.test.ts).
    await dialog
      .getByRole('button', { name: /Cancel|Cancelar/ })
      .dispatchEvent('click', undefined, { timeout: 5_000 })
      .catch(() => undefined);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect(dialog.locator('[role=status]').last()).toContainText(
      lang === 'en' ? /Export cancelled|Exported/ : /Exportación cancelada|Exportad/,
    );
    await noSidewaysScroll(list);
    await dialog.getByRole('button', { name: /Close|Cerrar/ }).click();

    await list.getByRole('button', { name: /Import…|Importar…/ }).click();
    await dialog
      .locator('input[type=file]')
      .setInputFiles({ name: 'clientes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await dialog.locator('select').first().selectOption('email');
    await noSidewaysScroll(list);
    await shot('import-mapping');
    await dialog.locator('button.primary').click();
    await dialog.locator('button.primary').click();
    await expect(dialog.locator('p.ok[role=status]')).toBeVisible();
    await noSidewaysScroll(list);
    await shot('import-report');
  });
}
