/**
 * Reads a screenshot's pixels in the page itself (an <img> drawn to a 2D canvas), so tests can check
 * what the map actually drew without a PNG decoder.
 */
import type { Locator, Page } from '@playwright/test';

export interface PixelStats {
	width: number;
	height: number;
	distinctColours: number;
	/** Pixels within `tolerance` of each probe colour, with the first match's position. */
	probes: { count: number; x: number; y: number }[];
}

export async function pixelStats(
	page: Page,
	target: Locator,
	probeColours: [number, number, number][] = [],
	tolerance = 10
): Promise<PixelStats> {
	const png = await target.screenshot();
	return page.evaluate(
		async ({ b64, probeColours, tolerance }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const canvas = document.createElement('canvas');
			canvas.width = img.width;
			canvas.height = img.height;
			const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
			ctx.drawImage(img, 0, 0);
			const { data } = ctx.getImageData(0, 0, img.width, img.height);
			const colours = new Set<number>();
			const probes = probeColours.map(() => ({ count: 0, x: -1, y: -1 }));
			for (let i = 0; i < data.length; i += 4) {
				const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
				colours.add((r << 16) | (g << 8) | b);
				probeColours.forEach(([pr, pg, pb], k) => {
					if (
						Math.abs(r - pr) <= tolerance &&
						Math.abs(g - pg) <= tolerance &&
						Math.abs(b - pb) <= tolerance
					) {
						const probe = probes[k]!;
						if (probe.count === 0) {
							probe.x = (i / 4) % img.width;
							probe.y = Math.floor(i / 4 / img.width);
						}
						probe.count++;
					}
				});
			}
			return { width: img.width, height: img.height, distinctColours: colours.size, probes };
		},
		{ b64: png.toString('base64'), probeColours, tolerance }
	);
}

export function hex(colour: string): [number, number, number] {
	const n = parseInt(colour.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
