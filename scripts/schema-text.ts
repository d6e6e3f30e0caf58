/** The text of schemas/preparation.schema.json, generated from the zod schema (input side: what a file may hold). */
import { toJSONSchema } from 'zod/mini';
import { preparationSchema } from '../src/lib/model/preparation';

export const SCHEMA_PATH = 'schemas/preparation.schema.json';

export function schemaText(): string {
	const schema = toJSONSchema(preparationSchema, { io: 'input', target: 'draft-2020-12' });
	return (
		JSON.stringify(
			{
				...schema,
				title: 'Gesprekswijzer preparation',
				description:
					'One parent–school meeting prepared with Gesprekswijzer. Generated from src/lib/model/preparation.ts by "npm run schemas"; do not edit by hand.'
			},
			null,
			2
		) + '\n'
	);
}
