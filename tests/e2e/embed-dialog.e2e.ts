/**
 * "Embed this view" in the explorer: the dialog, opened and closed from the keyboard, gives the code
 * for an embed of exactly the view on screen, in the language, width and data version chosen, and
 * previews that embed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, mapIdle, test } from './support/fixtures';

const VIEW = '?d=2024-05-28&l=strikes,evacuation-orders&c=34.25,31.3,13';

/** The frame and the loader of a piece of embed code, as a browser reads them. */
function readCode(page: Page, code: string) {
	return page.evaluate((html) => {
		const doc = new DOMParser().parseFromString(html, 'text/html');
		const frames = [...doc.querySelectorAll('iframe')];
		const frame = frames[0]!;
		return {
			frames: frames.length,
			scripts: [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src')),
			attributes: Object.fromEntries(
				frame.getAttributeNames().map((n) => [n, frame.getAttribute(n)])
			)
		};
	}, code);
}

async function openDialog(page: Page) {
	await page.goto(`/${VIEW}`);
	await mapIdle(page);
	const opener = page.getByRole('button', { name: 'Embed this view' });
	await opener.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Embed this view in an article' });
	await expect(dialog).toBeVisible();
	return { opener, dialog };
}

test('the dialog gives the code and a preview of the embed of this view, as chosen', async ({
	page
}) => {
	const { version } = await (await page.request.get('/data/manifest.json')).json();
	const { opener, dialog } = await openDialog(page);
	const search = new URL(page.url()).search;
	expect(search).toBe(VIEW);

	await dialog.getByRole('radio', { name: 'Arabic' }).check();
	await dialog.getByRole('radio', { name: 'Phone (375 px)' }).check();
	await dialog.getByRole('radio', { name: `Pinned to version ${version}` }).check();
	await expect(dialog.getByText('The map keeps this version of the data.')).toBeVisible();

	const field = dialog.getByRole('textbox', { name: 'Code to paste into the article' });
	const code = await field.inputValue();
	const src = `${new URL(page.url()).origin}/ar/embed/${search}&data=${version}`;
	expect(code).toContain(`/ar/embed/${search.replaceAll('&', '&amp;')}&amp;data=${version}"`);
	const { frames, scripts, attributes } = await readCode(page, code);
	expect(frames).toBe(1);
	expect(scripts).toEqual([`${new URL(page.url()).origin}/embed.js`]);
	expect(attributes).toMatchObject({
		'data-rafah-map': '',
		src,
		title: 'رفح، أيار/مايو – حزيران/يونيو 2024',
		'aria-label': 'خريطة رفح: الغارات وأوامر الإخلاء، حتى 28 مايو 2024',
		loading: 'lazy',
		allow: 'fullscreen',
		style: 'width:100%;max-width:375px;border:0'
	});

	// The preview is that very embed, and shows its headline.
	const preview = dialog.locator('iframe');
	await expect(preview).toHaveAttribute('src', src);
	const embed = page.frameLocator('dialog iframe');
	await expect(embed.getByRole('heading', { level: 1 })).toHaveText(
		'رفح، أيار/مايو – حزيران/يونيو 2024'
	);
	await expect(embed.getByText('حتى 28 مايو 2024', { exact: true })).toBeVisible();
	expect(Math.round((await preview.boundingBox())!.width)).toBe(375);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
});

test("a title of the reader's own stays text, in the code and in the preview", async ({ page }) => {
	const { dialog } = await openDialog(page);
	const title = `Rafah's "camps" & <b>orders</b>`;
	await dialog.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
	const code = await dialog
		.getByRole('textbox', { name: 'Code to paste into the article' })
		.inputValue();
	expect(code).not.toContain('<b>');
	const { frames, attributes } = await readCode(page, code);
	expect(frames).toBe(1);
	expect(attributes.title).toBe(title);
	expect(attributes['aria-label']).toBe(
		'Map of Rafah: strikes and evacuation orders, as of 28 May 2024'
	);
	expect(new URL(attributes.src!).searchParams.get('title')).toBe(title);
	await expect(dialog.locator('iframe')).toHaveAttribute('src', attributes.src!);
	const embed = page.frameLocator('dialog iframe');
	await expect(embed.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(embed.locator('h1 b')).toHaveCount(0);

	// Copied, or selected to copy by hand where the clipboard is not allowed.
	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).toHaveText(
		/^(Code copied\.|Select the code and copy it by hand\.)$/
	);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: 'Embed this view' })).toBeFocused();
});

test('the open dialog has no serious accessibility violations', async ({ page }) => {
	const { dialog } = await openDialog(page);
	await expect(page.frameLocator('dialog iframe').getByRole('heading', { level: 1 })).toBeVisible();
	await expect(dialog.getByRole('radio', { name: 'English' })).toBeChecked();
	const results = await new AxeBuilder({ page })
		.include('dialog')
		.exclude('.maplibregl-canvas')
		.analyze();
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	expect(
		serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
});
