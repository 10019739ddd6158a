import { grantActiveTab, launchWithExtension, tabIdOf } from '../tests/e2e/lib/extension';
import { PopupPage, ReaderView } from '../tests/e2e/lib/pages';
import { startFixtureServer } from '../tests/e2e/lib/server';
const server = await startFixtureServer({ '/a': 'tests/fixtures/pages/nato-visit/source.html' });
const ext = await launchWithExtension();
const page = await ext.context.newPage();
await page.setViewportSize({ width: 1280, height: 900 });
await page.goto(server.url('/a'));
await grantActiveTab(ext, page);
const popup = await PopupPage.open(ext, await tabIdOf(ext, page));
await popup.cleanViewButton.click();
const reader = new ReaderView(page);
await reader.waitOpen();
await popup.close();
await page.bringToFront();
console.log(await page.evaluate(() => {
  const root = document.querySelector('[data-tidings-reader]')!.shadowRoot!.querySelector('.tr-reader')!;
  const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  const all = [...root.querySelectorAll(FOCUSABLE)] as HTMLElement[];
  return all.filter((el) => !el.closest('[hidden], [inert]') && el.getClientRects().length > 0).slice(-4).map((e) => e.tagName + ' ' + (e.textContent || '').slice(0, 20) + ' ' + e.getClientRects().length);
}));
for (let i = 0; i < 0; i++) {
  await page.keyboard.press('Tab');
  const a = await page.evaluate(() => {
    const host = document.activeElement;
    const inner = (host as any)?.shadowRoot?.activeElement;
    return `${host?.tagName}.${host?.className} > ${inner ? inner.tagName + '.' + inner.className + ' ' + (inner.textContent||'').slice(0,30) : '-'}`;
  });
  console.log(i, a);
}
await ext.close(); await server.close();
