// tactile-response-additional-properties: a schema used in a response must not set
// `additionalProperties: false`. The real server sends fields the docs do not list; a closed response
// schema makes contract tests fail on them while the generated client silently drops them.
// Request bodies may be closed. A response schema that must stay closed (e.g. a single-key wrapper
// that tells oneOf branches apart) says why in `x-tactile-closed: "<reason>"`.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, schemaCarriers, walkSchema, where } from './lib/oas.js';

export default createRulesetFunction({ input: null, options: null }, function responseAdditionalProperties(doc) {
  const results = [];
  const reported = new Set();
  const seen = new Set();
  for (const { node, path, role } of schemaCarriers(doc)) {
    if (role !== 'response' || !isObject(node.schema)) continue;
    walkSchema(
      doc,
      node.schema,
      [...path, 'schema'],
      (schema, schemaPath) => {
        if (schema.additionalProperties !== false) return;
        const reason = schema['x-tactile-closed'];
        if (typeof reason === 'string' && reason.trim() !== '') return;
        const key = schemaPath.join('\u0000');
        if (reported.has(key)) return;
        reported.add(key);
        results.push({
          message: `${where(schemaPath)} is used in a response (${where(path)}) and sets additionalProperties: false; the real server sends extra fields. Remove it, or give the reason in x-tactile-closed.`,
          path: [...schemaPath, 'additionalProperties'],
        });
      },
      { followRefs: true, seen },
    );
  }
  return results;
});
