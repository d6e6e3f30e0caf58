/**
 * Type once: what the parent already wrote, offered where it is needed next. The agenda page suggests as
 * topics the outcomes of step 1, what is hard (step 4), the wishes of step 8 and the earlier agreements to
 * look back on; step 9 suggests each wish's first step as the start of a proposal. Nothing is copied
 * until the parent chooses it, and what is already there is shown as added.
 */
import type { Preparation } from '$lib/model/preparation';

export type TopicSource = 'outcome' | 'hard' | 'wish' | 'lookBack';

export interface Suggestion<S extends string = string> {
	source: S;
	text: string;
	/** True when the list it would go to already holds this text. */
	added: boolean;
}

const same = (a: string, b: string) =>
	a.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The first sentence of an answer: a topic names a subject, the parent's own page keeps the rest. */
export function firstSentence(text: string): string {
	const trimmed = text.trim();
	const end = trimmed.search(/[.!?](\s|$)|\n/);
	return end === -1 ? trimmed : trimmed.slice(0, trimmed[end] === '\n' ? end : end + 1).trim();
}

function unique<S extends string>(items: { source: S; text: string }[], existing: string[]): Suggestion<S>[] {
	const seen: string[] = [];
	return items
		.filter(({ text }) => {
			if (!text.trim() || seen.some((s) => same(s, text))) return false;
			seen.push(text);
			return true;
		})
		.map((item) => ({ ...item, added: existing.some((e) => same(e, item.text)) }));
}

export function topicSuggestions(p: Preparation): Suggestion<TopicSource>[] {
	return unique<TopicSource>(
		[
			...p.answers.purpose.outcomes.map((o) => ({ source: 'outcome' as const, text: o.text.trim() })),
			{ source: 'hard', text: firstSentence(p.answers.picture.hard) },
			...p.answers.feasibility.items.map((i) => ({ source: 'wish' as const, text: i.wish.trim() })),
			...p.lookBack.map((l) => ({ source: 'lookBack' as const, text: l.agreement.trim() }))
		],
		p.concerns.map((c) => c.text)
	);
}

/** Each wish's smallest first step, as the start of a proposal in step 9. */
export function proposalSuggestions(p: Preparation): Suggestion<'firstStep'>[] {
	return unique(
		p.answers.feasibility.items.map((i) => ({ source: 'firstStep' as const, text: i.firstStep.trim() })),
		p.answers.agreements.proposed.map((a) => a.what)
	);
}
