/**
 * The explorer at phone, tablet and desktop sizes, in English and Arabic: no sideways scroll, the
 * time control in view without scrolling, and on phones (≤ 700px) the bottom sheet — its handle
 * cycles and steps peek → half → full by pointer and keyboard, a drag moves it, a selection opens it
 * to the details, and it is laid out right to left in Arabic. Each size sets its own viewport, so
 * the desktop project runs this file once.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, mapIdle, test } from './support/fixtures';

const VIEWPORTS = [
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1280, height: 800 }
];
const PHONE_MAX = 700;

const LANGS = [
	{
		lang: 'en',
		path: '/',
		dir: 'ltr',
		play: 'Play May–June 2024 day by day',
		slider: /^Situation as of/,
		toHalf: 'Expand the panel to half the screen',
		toFull: 'Expand the panel to the full screen',
		toPeek: 'Shrink the panel to the date controls'
	},
	{
		lang: 'ar',
		path: '/ar/',
		dir: 'rtl',
		play: 'اعرض أيار/مايو – حزيران/يونيو 2024 يومًا بيوم',
		slider: /^الوضع حتى/,
		toHalf: 'وسّع اللوحة إلى نصف الشاشة',
		toFull: 'وسّع اللوحة إلى ملء الشاشة',
		toPeek: 'صغّر اللوحة إلى أدوات التحكم بالتاريخ'
	}
] as const;

/** The sheet's height as a share of the viewport's. */
async function heightShare(page: Page, sheet: Locator): Promise<number> {
	const box = (await sheet.boundingBox())!;
	return box.height / page.viewportSize()!.height;
}

/** The share of the viewport's height each state takes: peek is the handle and the time controls. */
const SHARES: Record<'peek' | 'half' | 'full', readonly [number, number]> = {
	peek: [0.15, 0.42],
	half: [0.45, 0.55],
	full: [0.85, 0.95]
};

/** Waits for the sheet to reach a state and its height to settle after the transition. */
async function expectState(page: Page, sheet: Locator, state: 'peek' | 'half' | 'full') {
	await expect(sheet).toHaveClass(new RegExp(`\\b${state}\\b`));
	const [min, max] = SHARES[state];
	await expect.poll(() => heightShare(page, sheet)).toBeGreaterThanOrEqual(min);
	await expect.poll(() => heightShare(page, sheet)).toBeLessThanOrEqual(max);
}

async function openFirstListItem(page: Page) {
	const list = page.locator('details.list').first();
	await list.locator('summary').click();
	await list.getByRole('button').first().click();
}

for (const l of LANGS) {
	for (const viewport of VIEWPORTS) {
		const phone = viewport.width <= PHONE_MAX;
		test.describe(`${viewport.width}×${viewport.height}, ${l.lang}`, () => {
			test.use({ viewport, isMobile: phone, hasTouch: phone });

			test('no sideways scroll, and the play button and date slider in view', async ({ page }) => {
				await page.goto(l.path);
				await mapIdle(page);
				const widths = await page.evaluate(() => ({
					scroll: document.documentElement.scrollWidth,
					inner: window.innerWidth
				}));
				expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
				expect(await page.evaluate(() => window.scrollY)).toBe(0);
				const play = page.locator('button.play');
				await expect(play).toHaveAccessibleName(l.play);
				await expect(play).toBeInViewport({ ratio: 1 });
				const slider = page.getByRole('slider', { name: l.slider });
				await expect(slider).toBeInViewport({ ratio: 1 });
				await expect(page.locator('aside.panel')).toHaveAttribute('dir', l.dir);
			});

			test('selecting a feature from a list shows its details', async ({ page }) => {
				await page.goto(l.path);
				await mapIdle(page);
				if (phone) {
					await page.getByRole('button', { name: l.toHalf }).click();
					await expectState(page, page.locator('aside.panel'), 'half');
				}
				await openFirstListItem(page);
				const heading = page.getByTestId('details').getByRole('heading', { level: 2 });
				await expect(heading).toBeInViewport({ ratio: 1 });
				await expect(heading).toBeFocused();
			});

			if (phone) {
				test('the sheet: map behind it, controls above it at peek', async ({ page }) => {
					await page.goto(l.path);
					await mapIdle(page);
					const sheet = page.locator('aside.panel');
					await expectState(page, sheet, 'peek');
					const canvas = (await page.locator('.map-root canvas').boundingBox())!;
					expect(canvas.height).toBeGreaterThanOrEqual(viewport.height - 1);
					expect(canvas.width).toBeGreaterThanOrEqual(viewport.width - 1);
					// The map's credits button and scale are above the sheet, not under it.
					const top = (await sheet.boundingBox())!.y;
					for (const control of ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale']) {
						const box = (await page.locator(control).boundingBox())!;
						expect(box.y + box.height, control).toBeLessThanOrEqual(top + 1);
					}
					// What is under the peek is out of reach until the sheet opens.
					await expect(page.locator('.part.rest')).toHaveAttribute('inert');
				});

				test('the handle cycles peek → half → full by click', async ({ page }) => {
					await page.goto(l.path);
					await mapIdle(page);
					const sheet = page.locator('aside.panel');
					const handle = sheet.locator('button.handle');
					await expect(handle).toHaveAccessibleName(l.toHalf);
					await expect(handle).toHaveAttribute('aria-expanded', 'false');
					await handle.click();
					await expectState(page, sheet, 'half');
					await expect(handle).toHaveAccessibleName(l.toFull);
					await expect(handle).toHaveAttribute('aria-expanded', 'true');
					await expect(page.locator('.part.rest')).not.toHaveAttribute('inert');
					await handle.click();
					await expectState(page, sheet, 'full');
					await expect(handle).toHaveAccessibleName(l.toPeek);
					await handle.click();
					await expectState(page, sheet, 'peek');
					await expect(handle).toHaveAccessibleName(l.toHalf);
				});

				test('the handle works from the keyboard', async ({ page }) => {
					await page.goto(l.path);
					await mapIdle(page);
					const sheet = page.locator('aside.panel');
					await sheet.locator('button.handle').focus();
					await page.keyboard.press('Enter');
					await expectState(page, sheet, 'half');
					await page.keyboard.press('Space');
					await expectState(page, sheet, 'full');
					await page.keyboard.press('ArrowUp');
					await expectState(page, sheet, 'full');
					await page.keyboard.press('ArrowDown');
					await expectState(page, sheet, 'half');
					await page.keyboard.press('ArrowDown');
					await expectState(page, sheet, 'peek');
					await page.keyboard.press('ArrowDown');
					await expectState(page, sheet, 'peek');
					await page.keyboard.press('ArrowUp');
					await expectState(page, sheet, 'half');
				});

				test('dragging the handle moves the sheet and snaps it', async ({ page }) => {
					await page.goto(l.path);
					await mapIdle(page);
					const sheet = page.locator('aside.panel');
					const handle = (await sheet.locator('button.handle').boundingBox())!;
					const x = handle.x + handle.width / 2;
					const y = handle.y + handle.height / 2;
					// Slowly up to near the top, then held still before release: it snaps to full.
					await page.mouse.move(x, y);
					await page.mouse.down();
					await page.mouse.move(x, viewport.height * 0.12, { steps: 10 });
					await expect(sheet).toHaveClass(/\bdragging\b/);
					await page.mouse.up();
					await expectState(page, sheet, 'full');
					// A movement of a few pixels is a tap: full → peek.
					const top = (await sheet.locator('button.handle').boundingBox())!;
					await page.mouse.move(x, top.y + top.height / 2);
					await page.mouse.down();
					await page.mouse.move(x, top.y + top.height / 2 + 3);
					await page.mouse.up();
					await expectState(page, sheet, 'peek');
				});

				test('a feature opened by the address opens the sheet at its details', async ({ page }) => {
					await page.goto(`${l.path}?s=strike-0001`);
					await mapIdle(page);
					const sheet = page.locator('aside.panel');
					await expectState(page, sheet, 'half');
					await expect(
						page.getByTestId('details').getByRole('heading', { level: 2 })
					).toBeInViewport({ ratio: 1 });
					// Above half the map's own controls, the sheet is drawn over them.
					const scale = (await page.locator('.maplibregl-ctrl-scale').boundingBox())!;
					const onTop = await page.evaluate(
						([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('aside.panel'),
						[scale.x + scale.width / 2, scale.y + scale.height / 2]
					);
					expect(onTop, 'the sheet over the scale').toBe(true);
					// The reader can still lower the sheet over the open details.
					const handle = sheet.locator('button.handle');
					await handle.click();
					await expectState(page, sheet, 'full');
					await handle.click();
					await expectState(page, sheet, 'peek');
					await expect(page.getByTestId('details')).toBeAttached();
				});
			} else {
				test('the panel is beside the map, with no sheet handle', async ({ page }) => {
					await page.goto(l.path);
					await mapIdle(page);
					await expect(page.locator('button.handle')).toBeHidden();
					const panel = (await page.locator('aside.panel').boundingBox())!;
					const map = (await page.locator('.map-root').boundingBox())!;
					expect(panel.height).toBeGreaterThanOrEqual(viewport.height - 1);
					if (l.dir === 'rtl') expect(panel.x).toBeGreaterThan(map.x);
					else expect(panel.x).toBeLessThan(map.x);
				});
			}
		});
	}
}
