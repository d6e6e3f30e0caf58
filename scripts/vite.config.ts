// Vite config for the command-line scripts: the $lib alias, the PDF code's aliases (src/lib/pdf/slim) and
// Svelte, for the runes in *.svelte.ts (the current language is reactive state); nothing else, so that their
// output is theirs alone.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { slimAliases, slimNoExternal } from '../src/lib/pdf/slim/aliases.js';

export default defineConfig({
	plugins: [svelte({ configFile: false })],
	resolve: {
		alias: [
			{ find: '$lib', replacement: fileURLToPath(new URL('../src/lib', import.meta.url)) },
			...slimAliases
		]
	},
	ssr: { noExternal: slimNoExternal },
	logLevel: 'error'
});
