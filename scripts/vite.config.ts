// Vite config for the command-line scripts: only the $lib alias, no plugins, so that their output is theirs alone.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	logLevel: 'error'
});
