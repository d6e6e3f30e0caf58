// Vite config for the command-line scripts: the $lib alias and the PDF code's aliases (src/lib/pdf/slim), no
// plugins, so that their output is theirs alone.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { slimAliases, slimNoExternal } from '../src/lib/pdf/slim/aliases.js';

export default defineConfig({
	resolve: {
		alias: [
			{ find: '$lib', replacement: fileURLToPath(new URL('../src/lib', import.meta.url)) },
			...slimAliases
		]
	},
	ssr: { noExternal: slimNoExternal },
	logLevel: 'error'
});
