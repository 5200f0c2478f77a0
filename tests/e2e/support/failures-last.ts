/**
 * A reporter for CI logs, which are often read from their end: after the run it repeats each test
 * that failed or passed only on a retry, with its error, so the reason is in the last lines.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const MAX_LINES = 25;
/** Terminal colour codes, which a log file shows as noise. */
const COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export default class FailuresLast implements Reporter {
	private readonly seen: { test: TestCase; result: TestResult }[] = [];

	onTestEnd(test: TestCase, result: TestResult): void {
		if (result.status === 'failed' || result.status === 'timedOut')
			this.seen.push({ test, result });
	}

	onEnd(): void {
		if (this.seen.length === 0) return;
		console.log(`\n${this.seen.length} failed attempt(s), repeated here:`);
		for (const { test, result } of this.seen) {
			const outcome = test.outcome() === 'flaky' ? 'passed on retry' : 'failed';
			console.log(
				`\n● ${test.titlePath().filter(Boolean).join(' › ')} (attempt ${result.retry + 1}, ${outcome})`
			);
			for (const error of result.errors) {
				const text = (error.stack ?? error.message ?? String(error.value)).replace(COLOUR, '');
				console.log(text.split('\n').slice(0, MAX_LINES).join('\n'));
			}
		}
	}
}
