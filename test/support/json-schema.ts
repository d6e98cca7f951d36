/**
 * A small JSON Schema (draft-07) checker for the subset z.toJSONSchema writes for the data files:
 * type (one or several), const, enum, pattern, properties, required, additionalProperties false,
 * items. Returns every problem as "path: what", so a failing test names the field.
 */
type Schema = {
	type?: string | string[];
	const?: unknown;
	enum?: unknown[];
	pattern?: string;
	properties?: Record<string, Schema>;
	required?: string[];
	additionalProperties?: boolean;
	items?: Schema;
	anyOf?: Schema[];
};

const typeOf = (v: unknown) =>
	v === null
		? 'null'
		: Array.isArray(v)
			? 'array'
			: typeof v === 'number' && Number.isInteger(v)
				? 'integer'
				: typeof v;

const KNOWN = new Set([
	'type',
	'const',
	'enum',
	'pattern',
	'properties',
	'required',
	'additionalProperties',
	'items',
	'anyOf',
	'description',
	'$schema',
	'format',
	'minimum',
	'maximum',
]);

export function validate(schema: Schema, value: unknown, path = '$'): string[] {
	const unknown = Object.keys(schema).filter((k) => !KNOWN.has(k));
	if (unknown.length)
		return [`${path}: schema keyword(s) not supported here: ${unknown.join(', ')}`];
	if (schema.anyOf) {
		const ok = schema.anyOf.some((s) => validate(s, value, path).length === 0);
		return ok ? [] : [`${path}: matches none of the allowed shapes`];
	}
	const problems: string[] = [];
	if (schema.type !== undefined) {
		const types = Array.isArray(schema.type) ? schema.type : [schema.type];
		const t = typeOf(value);
		const fits = types.includes(t) || (t === 'integer' && types.includes('number'));
		if (!fits) return [`${path}: is ${t}, expected ${types.join(' or ')}`];
	}
	if ('const' in schema && value !== schema.const)
		problems.push(`${path}: is not ${String(schema.const)}`);
	if (schema.enum && !schema.enum.includes(value))
		problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
	if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value))
		problems.push(`${path}: does not match ${schema.pattern}`);
	if (typeOf(value) === 'object' && value !== null) {
		const object = value as Record<string, unknown>;
		for (const key of schema.required ?? [])
			if (!(key in object)) problems.push(`${path}.${key}: is missing`);
		for (const [key, v] of Object.entries(object)) {
			const sub = schema.properties?.[key];
			if (sub) problems.push(...validate(sub, v, `${path}.${key}`));
			else if (schema.additionalProperties === false)
				problems.push(`${path}.${key}: is not allowed`);
		}
	}
	if (Array.isArray(value) && schema.items)
		value.forEach((v, i) => problems.push(...validate(schema.items!, v, `${path}[${i}]`)));
	return problems;
}
