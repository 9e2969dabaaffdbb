// Drives the Microsoft 365 Agents Playground web UI in headless chromium (playwright-core) like a person would:
// types an `add` command, waits for the item card, clicks its Done button and waits for the refreshed card.
// Usage: node playground-drive.js PLAYGROUND_URL OUT_DIR CHROMIUM_PATH TITLE
// Exit 0 when every step was seen; otherwise exit 1 naming the step. Screenshots go to OUT_DIR at each step.
const { chromium } = require('playwright-core');

const [url, out, executablePath, title] = process.argv.slice(2);
const stepTimeout = 20000;

(async () => {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let step = 'load the Playground UI';
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const composer = page.locator('[data-lexical-editor="true"]').first();
    await composer.waitFor({ timeout: stepTimeout });

    step = 'send the add command';
    await composer.click();
    await page.keyboard.type('add ' + title);
    await page.keyboard.press('Enter');

    step = 'see the item card';
    const card = page.locator('.ac-adaptiveCard', { hasText: title }).last();
    await card.waitFor({ timeout: stepTimeout });
    await card.getByText('Open', { exact: true }).waitFor({ timeout: stepTimeout });
    await page.screenshot({ path: out + '/01-item-card.png' });

    step = 'click Done on the card';
    await card.getByRole('button', { name: 'Done', exact: true }).click();

    step = 'see the refreshed card with status Done';
    const refreshed = page.locator('.ac-adaptiveCard', { hasText: title }).last();
    await refreshed.getByText('Done', { exact: true }).first().waitFor({ timeout: stepTimeout });
    await refreshed.getByRole('button', { name: 'Reopen', exact: true }).waitFor({ timeout: stepTimeout });
    await page.screenshot({ path: out + '/02-refreshed-card.png' });
    console.log('ok');
  } catch (error) {
    await page.screenshot({ path: out + '/failed.png' }).catch(() => {});
    console.error('step failed: ' + step + ': ' + String(error.message).split('\n')[0]);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
})().catch(error => {
  console.error(error);
  process.exit(1);
});
