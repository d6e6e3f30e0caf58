/** Waiting for a file that a browser writes into a folder, and a fresh folder for it. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix: string): string {
	return mkdtempSync(join(tmpdir(), `gesprekswijzer-${prefix}-`));
}

/**
 * The file `name` in `dir` once the browser has finished it: present, not empty, no partial copy
 * beside it (Firefox writes name.part, WebKit name.wkdownload), and the same size on two looks. It is
 * taken out of the folder, so that a second download of the same name keeps that name.
 */
export async function finishedFile(dir: string, name: string, timeout = 15_000): Promise<Buffer> {
	const path = join(dir, name);
	const deadline = Date.now() + timeout;
	let size = -1;
	for (;;) {
		const partial = readdirSync(dir).some((file) => file.startsWith(name) && file !== name);
		if (existsSync(path) && !partial) {
			const now = statSync(path).size;
			if (now > 0 && now === size) {
				const bytes = readFileSync(path);
				rmSync(path);
				return bytes;
			}
			size = now;
		}
		if (Date.now() > deadline) {
			throw new Error(
				`${name} did not arrive in ${dir}; there is: ${readdirSync(dir).join(', ') || 'nothing'}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
