import { expect, fixtureHtml, test } from './harness';

const ONE_DOMAIN = '[data-field="company.website"], [data-field="company.domain"]';

const THREAD = 'https://mail.google.com/mail/u/0/';

test('Gmail: the open thread’s sender, then the inbox list after a hash change', async ({
  criba,
}) => {
  await criba.serve({ [THREAD]: 'gmail/thread-gmail-signature-es.html' });
  const page = await criba.context.newPage();
  await page.goto(`${THREAD}#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkH`);
  const panel = await criba.openPanelFor(page);
  await expect(panel.locator('[data-field="person.name"]')).toContainText('Irene Castañeda Roldán');
  await expect(panel.locator('[data-field="person.email"]')).toContainText(
    'irene.castaneda@vinedosaltamira.es',
  );
  // The domain shows once: in the website when the page gave one, else on its own row.
  await expect(panel.locator(ONE_DOMAIN).first()).toContainText('vinedosaltamira.es');

  // Back to the inbox: Gmail swaps the view and the hash, without a reload.
  const inbox = fixtureHtml('gmail/inbox-list.html');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(inbox)![1]!;
  await page.evaluate((html) => {
    document.body.innerHTML = html;
    location.hash = '#inbox';
  }, body);
  await expect(panel.locator('[data-status="no_signals"]')).toContainText('inbox list');
  await expect(panel.getByText('Irene Castañeda Roldán')).toHaveCount(0);
});

test('company website: read once the origin is granted, technologies and all', async ({
  criba,
}) => {
  const url = 'https://www.talleresbidasoa.es/contacto/';
  await criba.serve({ [url]: 'website/talleres-bidasoa-contacto-wordpress-es.html' });
  const page = await criba.context.newPage();
  await page.goto(url);
  const panel = await criba.openPanelFor(page);
  await expect(panel.locator('[data-field="company.name"]')).toContainText('Talleres Bidasoa');
  await expect(panel.locator('[data-field="company.tech"]')).toContainText('WordPress');
  // The domain shows once: in the website when the page gave one, else on its own row.
  await expect(panel.locator(ONE_DOMAIN).first()).toContainText('talleresbidasoa.es');
});

test('a tab switch re-reads the page beside the panel', async ({ criba }) => {
  const a = 'https://www.linkedin.com/in/lucia-ferrer-demo/';
  const b = 'https://www.linkedin.com/in/tomas-aldecoa-demo/';
  await criba.serve({
    [a]: 'linkedin/linkedin-profile-2024-logged-in.html',
    [b]: 'linkedin/linkedin-profile-2025-hashed-h1.html',
  });
  const first = await criba.context.newPage();
  await first.goto(a);
  const second = await criba.context.newPage();
  await second.goto(b);
  // The panel follows the window's active tab (no pin), as the real side panel does.
  const panel = await criba.context.newPage();
  await panel.goto(`chrome-extension://${criba.extensionId}/sidepanel.html`);
  await first.bringToFront();
  await expect(panel.locator('[data-field="person.name"]')).toContainText('Lucía Ferrer', {
    timeout: 15_000,
  });
  await second.bringToFront();
  await expect(panel.locator('[data-field="person.name"]')).toContainText('Tomás Aldecoa', {
    timeout: 15_000,
  });
});

test('company website: facts a stylesheet hides are not read', async ({ criba }) => {
  const url = 'https://www.talleresbidasoa.es/empresa/';
  // Hidden only by class rules, which markup alone cannot tell (npm run signals would read them).
  await criba.serveHtml(
    url,
    `<!doctype html><html lang="es"><head><title>Empresa | Talleres Bidasoa</title><style>
      .oculto { display: none } .invisible { visibility: hidden } .transparente { opacity: 0 }
      .fuera { position: absolute; left: -10000px } .lejos { position: absolute; left: 12000px }
      .sr { position: absolute; width: 1px; height: 1px; overflow: hidden }
    </style></head><body><main><h1>Talleres Bidasoa</h1>
      <p>Mecanizado de precisión para la industria.</p>
      <p class="invisible">Fundada en 1987.</p>
      <p class="sr">Somos un equipo de 120 empleados.</p>
      <p class="fuera"><a href="https://www.linkedin.com/company/otra-empresa-demo/">LinkedIn</a></p>
      <p class="lejos"><a href="https://www.facebook.com/otra-empresa-demo">Facebook</a></p>
    </main><footer>
      <p><a href="mailto:ventas@talleresbidasoa.es">ventas@talleresbidasoa.es</a></p>
      <p class="oculto"><a href="tel:+34943000123">943 000 123</a></p>
      <address class="transparente">Polígono Araso 12, 20305 Irun, Gipuzkoa, España</address>
    </footer></body></html>`,
  );
  const page = await criba.context.newPage();
  await page.goto(url);
  const panel = await criba.openPanelFor(page);
  await expect(panel.locator('[data-field="company.email"]')).toContainText(
    'ventas@talleresbidasoa.es',
  );
  for (const field of ['phone', 'founded', 'employeesMin', 'linkedinUrl', 'location', 'social'])
    await expect(panel.locator(`[data-field="company.${field}"]:not(.fact--empty)`)).toHaveCount(0);
});
