// Browser test of the public portal: Debian's headless Chromium, driven by playwright-core,
// against the real fieldcase-server binary on the demo data (fieldcase-admin seed-demo).
// A reader searches by a credit code, opens the decision, sees the redaction, follows to
// the enterprise and sees its credit level; a withdrawn decision shows its withdrawal.
//
// node portal.browser.mjs --server BIN --admin BIN --enterprises CSV --policy TOML [--out DIR]
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, word, i, all) =>
    word.startsWith('--') ? [...pairs, [word.slice(2), all[i + 1]]] : pairs, []));
for (const name of ['server', 'admin', 'enterprises', 'policy']) {
  if (!args[name]) throw new Error(`missing --${name}`);
}
const CHROMIUM = process.env.FIELDCASE_CHROMIUM || '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(`no Chromium at ${CHROMIUM}: ./dev setup installs Debian's chromium package`);
}

// The demo's parties (assets/demo/enterprises.csv) and what the seeder decided for them.
const BLACKLISTED = '91140405082659166A';   // 暗管偷排: published, direct to D
const WITHDRAWN = '91140405690999033Q';     // published, then withdrawn
const WITHDRAWAL_REASON = '行政复议决定变更处罚金额，原处罚决定公示撤回';
const PERSONAL = ['王秀英', '7654321', '张建华', '13934561234', '140405198003151234'];

const dataDir = mkdtempSync(join(tmpdir(), 'fieldcase-portal-'));
let server;
let browser;

function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn(args.server, ['--data', dataDir, '--listen', '127.0.0.1:0', '--portal-listen', '127.0.0.1:0',
      '--policy', args.policy], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 20000);
    const read = (chunk) => {
      output += chunk;
      const m = output.match(/portal on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the server exited (${code}):\n${output}`)); });
  });
}

async function step(name, fn) {
  process.stdout.write(`- ${name} ... `);
  await fn();
  process.stdout.write('ok\n');
}

try {
  const seeded = spawnSync(args.admin, ['--data', dataDir, 'seed-demo', '--enterprises', args.enterprises,
    '--policy', args.policy], { encoding: 'utf8' });
  assert.equal(seeded.status, 0, `seed-demo failed:\n${seeded.stdout}${seeded.stderr}`);
  const base = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1200, height: 900 } });
  // The portal works without JavaScript: prove it by running with none.
  await page.context().route('**/*.js', (route) => route.abort());

  const noPersonalData = async () => {
    const html = await page.content();
    for (const secret of PERSONAL) assert.ok(!html.includes(secret), `${secret} on ${page.url()}`);
  };

  await step('search by a credit code', async () => {
    await page.goto(base + '/');
    await page.fill('input[name="code"]', BLACKLISTED);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\?.*code=91140405082659166A/);
    const rows = page.locator('table tbody tr');
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().innerText(), /羿神源化工有限公司/);
    assert.match(await rows.first().innerText(), /暗管偷排/);
    await noPersonalData();
  });

  await step('open the decision and see the redaction', async () => {
    await page.locator('table tbody tr a').first().click();
    await page.waitForURL(/\/decisions\/[0-9a-f-]+$/);
    const facts = await page.locator('#facts').innerText();
    assert.match(facts, /举报人王某某/);
    assert.match(facts, /〔电话号码已隐去〕/);
    assert.match(await page.locator('table.decision').innerText(), /罚款 150000 元/);
    await noPersonalData();
    if (args.out) await page.screenshot({ path: join(args.out, 'portal-decision.png'), fullPage: true });
  });

  await step('follow to the enterprise and see its credit level', async () => {
    await page.click(`a[href="/enterprises/${BLACKLISTED}"]`);
    await page.waitForURL(new RegExp(`/enterprises/${BLACKLISTED}$`));
    assert.equal((await page.locator('#credit-level').innerText()).trim(), 'D 级');
    const table = await page.locator('table.enterprise').innerText();
    assert.match(table, /黑牌/);
    assert.match(table, /暗管偷排（直接评为D级）/);
    await noPersonalData();
  });

  await step('the blacklist lists it, linked to its decision', async () => {
    await page.click('header a[href="/blacklist"]');
    await page.waitForURL(/\/blacklist$/);
    const row = page.locator('table tbody tr', { hasText: BLACKLISTED });
    assert.equal(await row.count(), 1);
    assert.match(await row.innerText(), /列入|\d{4}-\d{2}-\d{2}/);
    await row.locator('a[href^="/decisions/"]').click();
    await page.waitForURL(/\/decisions\//);
    assert.match(await page.locator('#facts').innerText(), /王某某/);
  });

  await step('a withdrawn decision shows its withdrawal and reason', async () => {
    await page.goto(`${base}/?code=${WITHDRAWN}`);
    const row = page.locator('table tbody tr').first();
    assert.match(await row.innerText(), /已撤回/);
    await row.locator('a').first().click();
    await page.waitForURL(/\/decisions\//);
    const notice = await page.locator('#withdrawal').innerText();
    assert.match(notice, /本公示已撤回/);
    assert.ok(notice.includes(WITHDRAWAL_REASON), notice);
    assert.equal(await page.locator('#facts').count(), 0);
  });

  await step('a malformed query gets a page that says what is wrong', async () => {
    const response = await page.goto(`${base}/?code=123&from=2026-02-30`);
    assert.equal(response.status(), 400);
    assert.match(await page.locator('#error-message').innerText(), /统一社会信用代码无效/);
  });
  console.log('portal browser test passed');
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
