/**
 * The production build served by `vite preview` and opened in the system's Chromium, for the scripts
 * that measure or picture the site. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../../tests/e2e/support/browser';

export interface Served {
	base: string;
	stop: () => void;
}

export async function serveBuild(port: number): Promise<Served> {
	const base = `http://localhost:${port}`;
	// In its own process group, so stopping it also stops the server npx started.
	const server = spawn('npx', ['vite', 'preview', '--strictPort', '--port', String(port)], {
		stdio: ['ignore', 'ignore', 'inherit'],
		detached: true
	});
	const stop = () => {
		try {
			if (server.pid) process.kill(-server.pid);
		} catch {
			// already gone
		}
	};
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(base)).ok) return { base, stop };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error('preview server did not start');
}

/** Chromium with software WebGL, as the e2e tests run it: these machines have no GPU. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox']
	});
}
