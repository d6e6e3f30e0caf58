import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { onDemand } from './scripts/on-demand.js';
import { slimAliases, slimNoExternal } from './src/lib/pdf/slim/aliases.js';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The locale is held in app state (src/lib/i18n/locale.svelte.ts); no cookie, no URL prefix.
			strategy: ['baseLocale']
		}),
		sveltekit(),
		onDemand({ code: ['src/lib/pdf/beyond-latin.ts'], assets: /\/fonts\/NotoSans(Arabic|Ethiopic)-/ })
	],
	resolve: { alias: slimAliases },
	ssr: { noExternal: slimNoExternal },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
