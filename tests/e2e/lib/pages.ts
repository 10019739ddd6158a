import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension';

/** The popup, opened as a page for a given tab (`popup.html?tabId=<id>`). */
export class PopupPage {
  private constructor(readonly page: Page) {}

  /** Open the popup of tab `tabId` in a new page and wait until it shows the page's state. */
  static async open(ext: ExtensionBrowser, tabId: number): Promise<PopupPage> {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 500, height: 720 });
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    const popup = new PopupPage(page);
    await popup.main.and(page.locator('[aria-busy="false"]')).waitFor();
    return popup;
  }

  get main(): Locator {
    return this.page.locator('main.popup');
  }
  get title(): Locator {
    return this.page.locator('.popup-title');
  }
  get cleanViewButton(): Locator {
    return this.page.getByRole('button', { name: /Clean view/ });
  }
  get saveButton(): Locator {
    return this.page.getByRole('button', { name: /^Save/ });
  }
  /** The entity chips of one group ("People", "Organizations", "Places"). */
  chips(group: 'People' | 'Organizations' | 'Places'): Locator {
    return this.page.getByRole('region', { name: group }).locator('.tidings-chip-name');
  }
  chip(name: string): Locator {
    return this.page.locator('.tidings-chip', { hasText: name }).first();
  }
  get summary(): Locator {
    return this.page.locator('.popup-summary li');
  }
  async text(): Promise<string> {
    return this.main.innerText();
  }
  async close(): Promise<void> {
    await this.page.close();
  }
}

/** The reader view in a tab: its shadow host carries `data-tidings-reader` (open shadow root). */
export class ReaderView {
  constructor(readonly page: Page) {}

  get host(): Locator {
    return this.page.locator('[data-tidings-reader]');
  }
  get root(): Locator {
    return this.page.locator('[data-tidings-reader] .tr-reader');
  }
  get body(): Locator {
    return this.page.locator('[data-tidings-reader] .tr-body');
  }
  get paragraphs(): Locator {
    return this.body.locator('p');
  }
  get marks(): Locator {
    return this.body.locator('mark[data-tidings-mention]');
  }
  chip(name: string): Locator {
    return this.root.locator('.tidings-chip', { hasText: name }).first();
  }
  button(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name });
  }
  async waitOpen(): Promise<void> {
    await this.root.waitFor({ state: 'visible' });
  }
  async waitClosed(): Promise<void> {
    await this.host.waitFor({ state: 'detached' });
  }
  async isOpen(): Promise<boolean> {
    return (await this.host.count()) > 0;
  }
  /** The reader's text (toolbar, header, chips and article). */
  async text(): Promise<string> {
    return this.root.innerText();
  }
  /** The painted theme: light, sepia or dark. */
  async theme(): Promise<string | null> {
    return this.root.getAttribute('data-theme');
  }
  /** A computed style of the article text. */
  async bodyStyle(property: 'fontSize' | 'fontFamily' | 'lineHeight'): Promise<string> {
    return this.body.evaluate((el, p) => getComputedStyle(el)[p], property);
  }
  async openSettings(): Promise<void> {
    const toggle = this.root.getByRole('button', { name: /Reading settings/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  async chooseTheme(theme: 'System' | 'Light' | 'Sepia' | 'Dark'): Promise<void> {
    await this.openSettings();
    await this.root.getByRole('radio', { name: theme }).check();
  }
  // The reader acts only on trusted events (a page script's synthetic ones are dropped), so the
  // controls are set with the keyboard as a person would: `fill` and `selectOption` dispatch
  // synthetic events.
  async setFontSize(px: number): Promise<void> {
    await this.openSettings();
    const slider = this.root.getByRole('slider', { name: /Font size/ });
    const now = Number(await slider.inputValue());
    await slider.focus();
    for (let i = 0; i < Math.abs(px - now); i++) {
      await slider.press(px > now ? 'ArrowRight' : 'ArrowLeft');
    }
  }
  async chooseFont(label: string): Promise<void> {
    await this.openSettings();
    const select = this.root.getByRole('combobox', { name: /Font/ });
    const labels = await select.locator('option').allInnerTexts();
    const selected = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
    const target = labels.findIndex((l) => l.trim() === label);
    if (target < 0) throw new Error(`No font "${label}" in ${labels.join(', ')}`);
    await select.focus();
    for (let i = 0; i < Math.abs(target - selected); i++) {
      await select.press(target > selected ? 'ArrowDown' : 'ArrowUp');
    }
  }
}
