/** The example preparation files in examples/, read as text, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../../../examples');

export const exampleFiles: { name: string; text: string }[] = readdirSync(DIR)
	.filter((name) => name.endsWith('.json'))
	.sort()
	.map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));
