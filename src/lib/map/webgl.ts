/**
 * Whether this browser can draw the map at all: MapLibre needs WebGL (2, or 1 as a fallback). The
 * test context is released at once: a page may hold several maps, and browsers keep only about 16
 * contexts alive.
 */
export function supportsWebGL(doc: Document = document): boolean {
	try {
		const canvas = doc.createElement('canvas');
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
		return gl !== null;
	} catch {
		return false;
	}
}
