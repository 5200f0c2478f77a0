import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/support/browser';

const port = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 1,
	timeout: 60_000,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: {
			executablePath: chromiumPath(),
			// Software WebGL: these machines have no GPU, and newer Chromium no longer falls back by itself.
			args: [
				'--use-angle=swiftshader',
				'--enable-unsafe-swiftshader',
				'--no-sandbox',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{ name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
		{
			name: 'phone',
			use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
			testMatch: '**/layout.e2e.ts'
		}
	],
	webServer: {
		// Tests run against the production build; `npm test` builds before this runs.
		// Node's default 16 KB header limit would refuse the tests' 20,000-character addresses before the
		// app sees them; a static host's limit is its own setting.
		command: `npx vite preview --strictPort --port ${port}`,
		env: { NODE_OPTIONS: '--max-http-header-size=65536' },
		port,
		reuseExistingServer: !process.env.CI
	}
});
