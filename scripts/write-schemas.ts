// Writes schemas/preparation.schema.json from the zod schema. Run with "npm run schemas".
import { writeFileSync } from 'node:fs';
import { SCHEMA_PATH, schemaText } from './schema-text';

writeFileSync(SCHEMA_PATH, schemaText());
console.log(`Wrote ${SCHEMA_PATH}`);
