// tactile-examples-valid: every example and default validates against its schema, read as OpenAPI 3.0.3
// says (the same reading as scripts/spec_examples.py, openapi-schema-validator's OAS30Validator).
//
// It replaces Spectral's oas3-valid-media-example / oas3-valid-schema-example, which
//   * stop with '"nullable" cannot be used without "type"' on any schema with `nullable` but no `type`
//     (e.g. `allOf: [$ref]` + `nullable: true`), failing every example that touches one;
//   * report only the first error of an example;
//   * skip the named `examples` of a media type when it also has an `example`.
//
// `nullable: true` allows null only where `type` is in the same schema object (OpenAPI 3.0.3); every other
// keyword still applies, so an `enum` must list null (tactile-nullable-enum-lists-null), and a `nullable`
// without `type` has no effect (tactile-nullable-needs-type flags it). Keywords next to a `$ref` are
// ignored. Unknown formats (`tactile-date-time`) are ignored; their `pattern` still applies. Request
// examples may omit required readOnly properties, response examples required writeOnly ones (as Spectral's
// own rule allows).
// Messages come from Spectral's `schema` function (better-ajv-errors). It hides an enum error when a
// sibling property of the same object also has an error, so fixing one error may reveal the next; an
// invalid example is always reported.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { schema as validateWithSchema } from '@stoplight/spectral-functions';
import { deref, forEachSchema, isObject, schemaCarriers, where } from './lib/oas.js';

const DROPPED = new Set(['nullable', 'example', 'examples', 'default', 'discriminator', 'xml', 'externalDocs']);

function rewrite(schema, direction) {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string') return { $ref: schema.$ref };
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    out[key] = value;
  }
  if (isObject(schema.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, sub]) => [name, rewrite(sub, direction)]),
    );
    const hidden = direction === 'request' ? 'readOnly' : direction === 'response' ? 'writeOnly' : undefined;
    if (hidden && Array.isArray(schema.required)) {
      out.required = schema.required.filter(name => !(isObject(schema.properties[name]) && schema.properties[name][hidden] === true));
      if (out.required.length === 0) delete out.required;
    }
  }
  for (const key of ['items', 'not', 'additionalProperties']) {
    if (isObject(schema[key])) out[key] = rewrite(schema[key], direction);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    if (Array.isArray(schema[key])) out[key] = schema[key].map(sub => rewrite(sub, direction));
  }
  if (schema.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

// Per document and direction: the rewritten components, and one validation root per schema object
// (stable objects, so Spectral's compiled-validator cache is hit).
const prepared = new WeakMap();

function validationRoot(doc, schema, direction) {
  let perDoc = prepared.get(doc);
  if (perDoc === undefined) prepared.set(doc, (perDoc = {}));
  let state = perDoc[direction];
  if (state === undefined) {
    const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
    state = perDoc[direction] = {
      components: {
        schemas: Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, rewrite(s, direction)])),
      },
      roots: new WeakMap(),
    };
  }
  let root = state.roots.get(schema);
  if (root === undefined) {
    root = { ...rewrite(schema, direction), components: state.components };
    state.roots.set(schema, root);
  }
  return root;
}

function* examplesOf(doc, node, path) {
  if ('example' in node) yield { value: node.example, path: [...path, 'example'] };
  if (!isObject(node.examples)) return;
  for (const [name, raw] of Object.entries(node.examples)) {
    const { value: example, path: examplePath } = deref(doc, raw, [...path, 'examples', name]);
    if (!isObject(example) || !('value' in example)) continue; // externalValue / broken refs: other rules
    yield { value: example.value, path: [...examplePath, 'value'] };
  }
}

export default createRulesetFunction({ input: null, options: null }, function examplesValid(doc, _opts, context) {
  if (!isObject(doc)) return [];
  const results = [];
  const reported = new Set();
  const check = (value, schema, direction, path) => {
    const found = validateWithSchema(
      value,
      { schema: validationRoot(doc, schema, direction), dialect: 'draft4', allErrors: true },
      { ...context, path },
    );
    for (const result of found ?? []) {
      const key = `${result.path.join('\u0000')}\u0001${result.message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      results.push({ message: `${where(path)}: ${result.message}`, path: result.path });
    }
  };

  for (const { node, path, role } of schemaCarriers(doc)) {
    if (!isObject(node.schema)) continue;
    const direction = role === 'request' || role === 'response' ? role : 'none';
    for (const example of examplesOf(doc, node, path)) check(example.value, node.schema, direction, example.path);
  }
  forEachSchema(doc, (schema, path) => {
    if (typeof schema.$ref === 'string') return;
    for (const key of ['example', 'default']) {
      if (key in schema) check(schema[key], schema, 'none', [...path, key]);
    }
  });
  return results;
});
