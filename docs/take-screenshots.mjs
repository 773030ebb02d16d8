// Takes the README's screenshots from a running portal with the demo data (./mvnw -Prun package,
// with PARINDEX_DEMO_PROVINCE=true for the province's pages), in Debian's Chromium:
//   npm install --prefix /tmp/shots playwright-core
//   NODE_PATH=/tmp/shots/node_modules node docs/take-screenshots.mjs [http://localhost:8080/]
import { createRequire } from 'node:module';

// through require, which reads NODE_PATH: playwright-core is a tool of the writer, not of the project
const { chromium } = createRequire(import.meta.url)('playwright-core');

const portal = process.argv[2] ?? 'http://localhost:8080/';
const out = new URL('./screenshots/', import.meta.url).pathname;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

async function signedIn(user, viewport = { width: 1366, height: 900 }, extra = {}) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', ...extra });
  const page = await context.newPage();
  await page.goto(portal + 'login.xhtml');
  await page.fill('[id="loginForm:username"]', user);
  await page.fill('[id="loginForm:password"]', 'demo123');
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith('/login.xhtml')), page.click('[id="loginForm:submit"]')]);
  return page;
}

async function shot(page, path, name, full = true) {
  if (path !== null) {
    await page.goto(portal + path);
  }
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: out + name, fullPage: full });
  console.log(name);
}

async function openDialog(page, code) {
  await page.click(`//tr[.//span[contains(@class,'criterion-code') and normalize-space()='${code}']]//button[contains(@id,':edit')]`);
  await page.waitForSelector('#editDialog', { state: 'visible' });
  await page.waitForLoadState('networkidle');
}

const login = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await shot(login, 'login.xhtml', 'login.png', false);

const office = await signedIn('tuphap');
await shot(office, '', 'assessments.png');
await shot(office, 'assessment/criteria.xhtml?assessment=1', 'my-criteria.png');
await openDialog(office, '2.3');
await shot(office, null, 'scoring-dialog.png', false);
await office.evaluate(() => document.querySelector('#editDialog .ui-dialog-content').scrollTo(0, 10000));
await shot(office, null, 'evidence-dialog.png', false);

const consolidator = await signedIn('noivu');
await shot(consolidator, 'assessment/assignment.xhtml?id=1', 'assignment.png');
await shot(consolidator, 'assessment/review.xhtml?assessment=1', 'review.png');
await shot(consolidator, 'consolidation/scorecard.xhtml?id=1', 'consolidation.png');
await shot(consolidator, 'dashboard.xhtml?id=1', 'dashboard.png');

const admin = await signedIn('admin');
await shot(admin, 'admin/versions.xhtml', 'admin-versions.png');
await shot(admin, 'admin/organisation.xhtml', 'organisation.png');

const phone = await signedIn('tuphap', { width: 390, height: 844 }, { isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
await shot(phone, 'assessment/criteria.xhtml?assessment=1', 'phone-my-criteria.png', false);
await openDialog(phone, '2.3');
await shot(phone, null, 'phone-scoring-dialog.png', false);

await browser.close();
