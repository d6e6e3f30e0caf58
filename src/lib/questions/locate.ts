/**
 * Which question a place in a preparation belongs to, named as the parent knows it: "Wie komen er van
 * school? – Naam". Used to say which answer of a file is too long, and which answer is not saved yet.
 */
import { getAt } from '$lib/model/path';
import type { Preparation } from '$lib/model/preparation';
import { m } from '$lib/messages';
import type { Field } from './question';
import { QUESTIONS } from './registry';

const startsWith = (path: readonly PropertyKey[], prefix: readonly string[]) =>
	prefix.every((key, i) => path[i] === key);

/** The question's label at `path` in `prep`, or undefined when no question asks for that place. */
export function questionLabelAt(path: readonly PropertyKey[], prep: Preparation): string | undefined {
	for (const field of QUESTIONS as readonly Field[]) {
		if (!startsWith(path, field.path)) continue;
		const rest = path.slice(field.path.length);
		switch (field.kind) {
			case 'text':
			case 'textarea':
			case 'date':
			case 'time':
			case 'number':
			case 'choice':
				if (rest.length === 0) return field.label();
				break;
			case 'lines':
				if (rest.length === 2 && rest[1] === 'text') return field.label();
				break;
			case 'records': {
				const item = (getAt(prep, field.path) as { id: string }[])[rest[0] as number];
				const sub = field.fields.find((f) => f.name === rest[1]);
				const mine = item && (field.list(prep) as { id: string }[]).includes(item);
				if (rest.length === 2 && mine && sub) return `${field.label()} – ${sub.label()}`;
				break;
			}
		}
	}
	return undefined;
}

/** Any place of a preparation as the parent knows it; a general word when no question asks for it. */
export function placeLabel(path: readonly PropertyKey[], prep: Preparation): string {
	return questionLabelAt(path, prep) ?? m.held_back_other();
}
