import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the e2e tests drive. Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then a browser
 * Playwright installed itself. Playwright's own download is not available everywhere, so the system
 * browser comes first.
 */
export function chromiumPath(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightPath()];
	const found = candidates.find((p): p is string => !!p && existsSync(p));
	if (!found) {
		throw new Error(
			'No Chromium found for the e2e tests. Install one with `sudo apt-get install -y chromium` ' +
				'or set CHROMIUM_PATH to a Chromium/Chrome executable.'
		);
	}
	return found;
}

function safePlaywrightPath(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
