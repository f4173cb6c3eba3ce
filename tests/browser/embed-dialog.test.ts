import axe from 'axe-core';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {userEvent} from 'vitest/browser';
import type {AlignmentMap} from '../../src/components/alignment-map.js';
import {$, cleanup, mount, until} from './helpers.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Opens "Embed this" from the toolbar's menu, as a reader would. */
async function openEmbed(el: AlignmentMap): Promise<HTMLDialogElement> {
  await userEvent.click($(el, '.more > button')!);
  await userEvent.click($(el, '[data-menu="embed"]')!);
  return until(() => $<HTMLDialogElement>(el, 'dialog.embed[open]'));
}

const snippet = (dialog: HTMLDialogElement, kind: 'script' | 'frame') => dialog.querySelector<HTMLTextAreaElement>(`[data-snippet="${kind}"] textarea`)!;
const status = (dialog: HTMLDialogElement, kind: 'script' | 'frame') => dialog.querySelector(`[data-snippet="${kind}"] [role="status"]`)!;

/** Where the test server serves the element's modules from: the snippets point beside the one that asks. */
const here = `${location.origin}/src/components/`;

describe('"Embed this"', () => {
  it('shows the script and iframe snippets for the view on screen, pointing beside the embed module', async () => {
    const el = await mount({date: '2001-10-12', selected: '586', 'no-header': ''});
    el.id = 'not-an-option';
    const dialog = await openEmbed(el);
    expect(dialog.querySelector('h3')?.textContent).toBe('Embed this map');
    expect(snippet(dialog, 'script').value).toBe(
      `<script type="module" src="${here}embed-controller.ts"></script>\n<alignment-map date="2001-10-12" selected="586" no-header></alignment-map>`,
    );
    const frame = snippet(dialog, 'frame').value;
    expect(frame).toContain(`<iframe data-alignment-map src="${here}embed.html?date=2001-10-12&amp;country=586&amp;no-header=" title="From aiding the US`);
    expect(frame).toContain(`<script src="${here}embed-resizer.js" async></script>`);
  });

  it('pins the day shown even when no date is set', async () => {
    const el = await mount();
    const dialog = await openEmbed(el);
    expect(snippet(dialog, 'script').value).toContain('<alignment-map date="2021-04-06"></alignment-map>');
  });

  it('copies with the Clipboard API and says so in a live region', async () => {
    const copied: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => void copied.push(text));
    const el = await mount({date: '2021-04-06'});
    const dialog = await openEmbed(el);
    expect(status(dialog, 'frame').textContent).toBe('');
    await userEvent.click(dialog.querySelector('[data-snippet="frame"] button')!);
    await until(() => status(dialog, 'frame').textContent === 'Copied');
    expect(copied).toEqual([snippet(dialog, 'frame').value]);
    expect(status(dialog, 'script').textContent).toBe('');
  });

  it('selects the snippet and says how to copy it when the Clipboard API refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const el = await mount();
    const dialog = await openEmbed(el);
    await userEvent.click(dialog.querySelector('[data-snippet="script"] button')!);
    await until(() => status(dialog, 'script').textContent?.startsWith('Selected'));
    const field = snippet(dialog, 'script');
    expect(el.shadowRoot!.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });

  it('is a modal dialog that Escape closes, giving focus back to the menu', async () => {
    const el = await mount();
    const dialog = await openEmbed(el);
    expect(el.shadowRoot!.activeElement && dialog.contains(el.shadowRoot!.activeElement)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await until(() => !$(el, 'dialog.embed'));
    await until(() => el.shadowRoot!.activeElement === $(el, '.more > button'));
  });

  it('closes with its close button, and has no accessibility violations while open', async () => {
    const el = await mount();
    const dialog = await openEmbed(el);
    const result = await axe.run(dialog, {resultTypes: ['violations']});
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await userEvent.click(dialog.querySelector('button.close')!);
    await until(() => !$(el, 'dialog.embed'));
  });
});
