import { expect, test } from './harness';

/**
 * Three recommendations in each language, at 360 px, as a rep meets them: a Gmail quote
 * request whose own sentences suggest answers, a pain note written in the other language,
 * and a note that fits two problems (the rep picks one). Screenshots for a human to read:
 * the three recommendations land in docs/screenshots/recommendation-*-<lang>.png.
 */
const THREAD = 'https://mail.google.com/mail/u/0/';
const PROFILE = 'https://www.linkedin.com/in/begona-irazabal-demo/';

const NOTE = {
  en: 'los datos de clientes están dispersos en hojas de cálculo',
  es: 'Customer data is scattered across spreadsheets and Excel',
};
/** Two problems named at once (leads going cold, a forecast nobody trusts): the rep picks. */
const TIE = {
  en: 'Leads go cold and the board never trusts the forecast',
  es: 'Los leads se enfrían y el consejo no se cree la previsión',
};

for (const lang of ['en', 'es'] as const) {
  test(`advice at 360 px in ${lang}`, async ({ criba }) => {
    await criba.serve({
      [THREAD]: 'gmail/thread-gmail-signature-es.html',
      [PROFILE]: 'linkedin/linkedin-profile-es-ui-logged-in.html',
    });
    const mail = await criba.context.newPage();
    await mail.goto(`${THREAD}#inbox/FMfcgzQXJWDsKMTNLbRsvWHPmCPZbJkH`);
    const panel = await criba.openPanelFor(mail);
    await panel.locator('.lang-switch').selectOption(lang);
    const need = panel.getByTestId('suggestion-need');
    await expect(need).toContainText('presupuesto para 3 almacenes antes del viernes');
    await expect(panel.getByTestId('suggestion-timeline')).toBeVisible();
    await panel
      .locator('.interview')
      .screenshot({ path: `test-results/advice-${lang}-1-email.png` });
    await need.getByRole('button').click();
    await expect(need).toHaveCount(0);
    await expect(panel.locator('[data-question="need"] label.chosen')).toHaveCount(1);
    await panel
      .getByTestId('recommendation')
      .screenshot({ path: `docs/screenshots/recommendation-email-quote-${lang}.png` });

    const profile = await criba.context.newPage();
    await profile.goto(PROFILE);
    const panel2 = await criba.openPanelFor(profile);
    await panel2.locator('.lang-switch').selectOption(lang);
    const rec = panel2.getByTestId('recommendation');
    await panel2.locator('#pain').fill(NOTE[lang]);
    await expect(rec).toContainText(
      lang === 'en' ? 'customer data scattered across spreadsheets' : 'los datos de clientes',
    );
    await expect(rec.locator('.opener')).not.toContainText(NOTE[lang]);
    await rec.screenshot({
      path: `docs/screenshots/recommendation-note-other-language-${lang}.png`,
    });

    await panel2.locator('#pain').fill(TIE[lang]);
    const choice = panel2.getByTestId('problem-choice');
    await expect(choice.locator('label')).toHaveCount(2);
    // The angle starts on the problem the facts point to; the rep picks the other one.
    const other = choice.locator('label:not(.chosen)');
    const picked = await other.innerText();
    await other.click();
    await expect(choice.locator('label.chosen')).toHaveText(picked);
    await expect(rec.locator('.opener')).toContainText(
      lang === 'en' ? 'From what I understand' : 'Por lo que tengo entendido',
    );
    await rec.screenshot({ path: `docs/screenshots/recommendation-rep-picks-problem-${lang}.png` });
    const overflow = await panel2.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
