/**
 * Every other page a parent can open, each loaded as a new page (the walk reaches most pages by a link,
 * inside the running app): the pages of the build and the remaining pages of the walk's preparation.
 * The test then reads the engine's problems, as after the walk.
 */
import { readdirSync } from 'node:fs';
import { until, type Engine } from './engine';

/** The prerendered pages (build/*.html) by address, without the shell of the preparation pages. */
export function builtPages(): string[] {
	return readdirSync(new URL('../build/', import.meta.url))
		.filter((file) => file.endsWith('.html') && file !== '200.html')
		.map((file) => (file === 'index.html' ? '/' : `/${file.slice(0, -'.html'.length)}`));
}

export async function tour(engine: Engine, origin: string, preparation: string): Promise<void> {
	const pages = [
		...builtPages(),
		...['', '/gegevens', '/aan-tafel', '/agenda', '/agenda/print', '/stap/5'].map((p) => `${preparation}${p}`)
	];
	for (const path of pages) {
		await engine.goto(`${origin}${path}`);
		await until(
			engine,
			`${path} to start and show its heading`,
			() => document.body.dataset.hydrated === 'true' && !!document.querySelector('h1')?.textContent?.trim()
		);
	}
}
