/**
 * The version of the output format, in every output's `schema` field. A file of its own so that both
 * the schema (schema.ts, which loads zod) and the conversion to output (output.ts, which must not) can
 * read it without importing each other.
 */
export const SCHEMA_VERSION = 'newsmark/1';
