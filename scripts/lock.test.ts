import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
type Lock = { packages: Record<string, Entry> };

/**
 * The dependencies of the lock's packages that have no entry of their own. `npm ci` refuses a lock with
 * one, even an optional one for another platform ("Missing: … from lock file"), and npm 11 leaves out
 * the optional ones that were never published (docs/hosting.md, "The lock file").
 */
function unlocked(lock: Lock): string[] {
	const missing: string[] = [];
	for (const [path, entry] of Object.entries(lock.packages)) {
		for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
			// Node's lookup: the package's own node_modules, then each folder above it.
			let dir = path;
			let found = false;
			for (;;) {
				if (`${dir}${dir ? '/' : ''}node_modules/${name}` in lock.packages) found = true;
				if (found || dir === '') break;
				dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '';
			}
			if (!found) missing.push(`${name} (for ${path || 'the project'})`);
		}
	}
	return missing;
}

describe('package-lock.json', () => {
	it('has an entry for every dependency, so that `npm ci` accepts it', () => {
		const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
		expect(Object.keys(lock.packages).length).toBeGreaterThan(300);
		expect(unlocked(lock)).toEqual([]);
	});

	it('finds a dependency without an entry', () => {
		const lock: Lock = {
			packages: {
				'': { dependencies: { a: '1' } },
				'node_modules/a': { dependencies: { b: '1' }, optionalDependencies: { 'a-darwin-arm64': '1' } },
				'node_modules/a/node_modules/b': {}
			}
		};
		expect(unlocked(lock)).toEqual(['a-darwin-arm64 (for node_modules/a)']);
	});
});
