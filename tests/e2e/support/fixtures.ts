/**
 * The page fixture every e2e test uses: any request that leaves localhost is aborted and fails the test,
 * and so do any uncaught page error and any breach of the page's Content-Security-Policy. The app must
 * work with nothing but its own server, and within the policy it declares.
 */
import { test as base, expect, type Page } from '@playwright/test';

function isLocal(url: string): boolean {
	const u = new URL(url);
	if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
	return ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
}

export const test = base.extend<{ page: Page }>({
	page: async ({ page }, use) => {
		const outside: string[] = [];
		const errors: string[] = [];
		await page.route('**/*', (route) => {
			const url = route.request().url();
			if (isLocal(url)) return route.continue();
			outside.push(url);
			return route.abort('blockedbyclient');
		});
		page.on('pageerror', (e) => errors.push(e.message));
		const violations = await watchPolicy(page);
		await use(page);
		expect(outside, 'requests that left localhost').toEqual([]);
		expect(errors, 'uncaught page errors').toEqual([]);
		expect(violations, 'Content-Security-Policy violations').toEqual([]);
	}
});

export { expect };

/**
 * Collects what the page's Content-Security-Policy refused, on every page the test opens: the
 * `securitypolicyviolation` events (a blocked request, script or style fires one) and the console
 * messages the browser writes about the policy itself (a directive it ignores or cannot parse fires
 * none).
 */
async function watchPolicy(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__reportPolicyViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __reportPolicyViolation: (v: string) => void })
				.__reportPolicyViolation;
			report(
				`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`
			);
		});
	});
	page.on('console', (m) => {
		if (/Content[ -]Security[ -]Policy/i.test(m.text())) violations.push(m.text());
	});
	return violations;
}

/** Waits until the map has settled (MapLibre's `idle`) and returns its root element. */
export async function mapIdle(page: Page) {
	const root = page.locator('.map-root');
	await expect(root).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
	return root;
}

/**
 * Feature counts per layer that MapLibre reports as drawn now: rendered, with a visible opacity as
 * MapLibre evaluates the layer's paint for each feature. Counted only when a test asks.
 */
export async function renderedCounts(page: Page): Promise<Record<string, number>> {
	return page
		.locator('.map-root')
		.evaluate(
			(el) =>
				(
					el as HTMLElement & { renderedCounts?: () => Record<string, number> }
				).renderedCounts?.() ?? {}
		);
}
