import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser';

// An entity with 100,000 aliases and a note of a megabyte: the popup and the manager draw the start of each list
// and the start of the note, and the reader expands them. Edits keep what the form did not show.
const ID = 'o-huge0001';
const NAME = 'منظمة الأسماء الكثيرة';
const ALIASES = Array.from({ length: 100_000 }, (_, k) => `كيان ضخم ${k.toString(36)}`);
const NOTE = 'ملاحظة طويلة جدا '.repeat(60_000);

let browser: ExtensionBrowser;
let manager: Page;

const stored = () =>
  manager.evaluate(async (id) => {
    const reply = (await chrome.runtime.sendMessage({ type: 'entity', id })) as {
      value: { name: string; aliases: string[]; note?: string };
    };
    return { name: reply.value.name, aliases: reply.value.aliases.length, note: reply.value.note?.length ?? 0 };
  }, ID);

beforeAll(async () => {
  browser = await launchWithExtension();
  manager = await browser.context.newPage();
  await manager.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await manager.locator('.viewport .row').first().waitFor();
  const reply = await manager.evaluate(
    ([id, name, aliases, note]) =>
      chrome.runtime.sendMessage({
        type: 'saveEntities',
        entities: [{ id, type: 'org', name, aliases, note, roles: [], mentions: [], related: [] }],
      }),
    [ID, NAME, ALIASES, NOTE] as const,
  );
  expect(reply).toEqual({ ok: true, value: null });
  await manager.reload();
  await manager.locator('.viewport .row').first().waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('a huge entity', () => {
  it('opens in the manager with the start of its aliases and note, and expands on request', async () => {
    await manager.fill('#filter', 'الأسماء الكثيرة');
    await expect.poll(() => manager.locator('.viewport .row').count()).toBe(1);
    await manager.locator('.viewport .row').first().click();
    await expect.poll(() => manager.locator('#side h2').textContent()).toBe(NAME);
    const aliases = manager.locator('#side ul.aliases li');
    expect(await aliases.count()).toBe(50);
    await manager.locator('#side ul.aliases + button.more').click();
    await expect.poll(() => aliases.count()).toBe(1050);
    expect(await aliases.nth(1049).textContent()).toBe(ALIASES[1049]);
    expect((await manager.locator('#side .note-preview').textContent())?.length).toBe(2001);
    await manager.locator('#side .note button.more').click();
    await expect
      .poll(() =>
        manager
          .locator('#side .note textarea')
          .inputValue()
          .then((v) => v.length),
      )
      .toBe(NOTE.length);
  });

  it('is edited in part in the manager, keeping the aliases and note the form did not show', async () => {
    await manager.locator('#side .buttons button').first().click();
    await manager.locator('#edit-name').waitFor();
    expect((await manager.inputValue('#edit-aliases')).split('\n')).toHaveLength(200);
    expect(await manager.locator('#edit-note').count()).toBe(0);
    await manager.fill('#edit-name', `${NAME} الدولية`);
    await manager.click('.editor button[type=submit]');
    await expect.poll(stored).toEqual({ name: `${NAME} الدولية`, aliases: 100_000, note: NOTE.length });
  });

  it('opens in the popup with the start of its aliases', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.fill('#query', 'الأسماء الكثيرة');
    await popup.locator('#results li').first().click();
    await expect.poll(() => popup.locator('#detail h2').textContent()).toBe(`${NAME} الدولية`);
    expect(await popup.locator('#detail ul.aliases li').count()).toBe(50);
    expect(await popup.locator('#detail .note-preview').count()).toBe(1);
    await popup.close();
  });
});
