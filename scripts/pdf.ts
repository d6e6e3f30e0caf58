// npm run pdf -- <preparation.json> [--out <dir>]
// Checks the file with the schema and writes the agenda, the parent's own page and the agreement sheet as PDF
// files, with the same
// code the browser uses. Prints the path of each PDF on its own line, the agenda first. A bad file gets a
// clear message (in Dutch, or English when LANG starts with "en") and exit code 1; never a stack trace.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readErrorMessage } from '$lib/i18n/labels';
import { MAX_FILE_BYTES, readPreparation } from '$lib/model/file';
import { m } from '$lib/messages';
import { makeAgenda } from '$lib/pdf/agenda';
import { nodeFonts } from '$lib/pdf/fonts-node';
import { makeOwnPage } from '$lib/pdf/own';
import { makeSheet } from '$lib/pdf/sheet';

const locale = process.env.LANG?.startsWith('en') ? 'en' : 'nl';
const o = { locale } as const;

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

let args: ReturnType<typeof parseArgs<{ options: { out: { type: 'string' } }; allowPositionals: true }>>;
try {
	args = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
} catch {
	fail(m.cli_usage({}, o));
}
const [file] = args.positionals;
if (!file || args.positionals.length > 1) fail(m.cli_usage({}, o));

let text: string;
try {
	if (statSync(file).size > MAX_FILE_BYTES) fail(readErrorMessage['too-large']({}, o));
	text = readFileSync(file, 'utf8');
} catch (error) {
	if ((error as { code?: string }).code === undefined) throw error;
	fail(m.cli_cannot_read({ file }, o));
}
const read = readPreparation(text);
if (!read.ok) fail(`${file}: ${readErrorMessage[read.error]({}, o)}`);

const out = resolve(args.values.out ?? '.');
try {
	mkdirSync(out, { recursive: true });
	const fonts = nodeFonts();
	for (const make of [makeAgenda, makeOwnPage, makeSheet]) {
		const made = await make(read.preparation, fonts);
		const path = join(out, made.fileName);
		writeFileSync(path, made.bytes);
		process.stdout.write(`${path}\n`);
		if (made.replacedIn.length > 0) {
			process.stderr.write(`${m.documents_replaced({ fields: made.replacedIn.join(', ') }, o)}\n`);
		}
	}
} catch {
	fail(m.cli_cannot_write({ dir: out }, o));
}
