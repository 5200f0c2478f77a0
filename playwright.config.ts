import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/support/browser';

// The build served three ways: by SvelteKit's preview, by the plainest static server there is, and
// by a server that applies the headers file the site ships for static hosts. E2E_PORT_BASE moves the
// ports, for checkouts that run their tests side by side on one machine.
const basePort = Number(process.env.E2E_PORT_BASE ?? 4173);
const previewPort = basePort;
const plainPort = basePort + 1;
const headersPort = basePort + 2;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	// On CI, a test that fails is run once more and reported as flaky if it then passes: the machines
	// are shared and slow. A test that fails twice fails the run; every failed attempt is repeated
	// at the end of the log with its error.
	retries: process.env.CI ? 1 : 0,
	workers: 1,
	timeout: 60_000,
	reporter: process.env.CI ? [['line'], ['./tests/e2e/support/failures-last.ts']] : 'list',
	use: {
		baseURL: `http://localhost:${previewPort}`,
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
		{
			// Also runs sheet.e2e.ts, which sets its own phone, tablet and desktop viewports.
			name: 'desktop',
			use: { viewport: { width: 1280, height: 800 } },
			testIgnore: ['**/static-host.e2e.ts', '**/headers.e2e.ts']
		},
		{
			name: 'phone',
			use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
			testMatch: '**/layout.e2e.ts'
		},
		{
			// A host that knows nothing of the app: files and folders' index.html, nothing else.
			name: 'plain-static-host',
			use: { viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${plainPort}` },
			testMatch: ['**/smoke.e2e.ts', '**/static-host.e2e.ts']
		},
		{
			// A host that applies static/_headers, as Netlify and Cloudflare Pages do.
			name: 'static-host-headers',
			use: { viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${headersPort}` },
			testMatch: '**/headers.e2e.ts'
		}
	],
	webServer: [
		{
			// Tests run against the production build; `npm test` builds before this runs.
			// Node's default 16 KB header limit would refuse the tests' 20,000-character addresses before
			// the app sees them; a static host's limit is its own setting.
			command: `npx vite preview --strictPort --port ${previewPort}`,
			env: { NODE_OPTIONS: '--max-http-header-size=65536' },
			port: previewPort,
			reuseExistingServer: !process.env.CI
		},
		{
			command: `python3 -m http.server ${plainPort} --bind 127.0.0.1 --directory build`,
			url: `http://127.0.0.1:${plainPort}/`,
			// It logs every request to stderr.
			stderr: 'ignore',
			reuseExistingServer: !process.env.CI
		},
		{
			command: `npx tsx tests/e2e/support/static-server.ts build ${headersPort}`,
			url: `http://127.0.0.1:${headersPort}/`,
			reuseExistingServer: !process.env.CI
		}
	]
});
