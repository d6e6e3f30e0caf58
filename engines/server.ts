/**
 * Serves the production build with scripts/serve.js (the headers every host sends) for the engine walk,
 * on $ENGINES_PORT or 4620, and hands the address to the tests.
 */
import { spawn } from 'node:child_process';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
	const port = Number(process.env.ENGINES_PORT ?? 4620);
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		server.on('exit', (code) => reject(new Error(`scripts/serve.js exited with ${code}`)));
		server.stdout.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('is running at')) resolve();
		});
	});
	project.provide('origin', `http://localhost:${port}`);
	return () => {
		server.kill();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		origin: string;
	}
}
