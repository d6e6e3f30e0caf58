import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { messagesPlugin } from './scripts/messages.js';
import { onDemand } from './scripts/on-demand.js';
import { slimAliases, slimNoExternal } from './src/lib/pdf/slim/aliases.js';

export default defineConfig({
	plugins: [
		// messages/*.json into src/lib/messages/; the language is app state (src/lib/i18n/locale.svelte.ts).
		messagesPlugin(),
		sveltekit(),
		onDemand({ code: ['src/lib/pdf/beyond-latin.ts'], assets: /\/fonts\/NotoSans(Arabic|Ethiopic)-/ })
	],
	resolve: { alias: slimAliases },
	ssr: { noExternal: slimNoExternal },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Tests make documents in every language: all their words are loaded first.
		setupFiles: ['src/lib/test/load-languages.ts'],
		expect: { requireAssertions: true }
	}
});
