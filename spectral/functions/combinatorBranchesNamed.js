// tactile-oneof-branches-named: an object-shaped branch of `oneOf`/`anyOf` must be a `$ref` to a named
// component. openapi-python-client names an inline branch after its position (`TimelineItemType0`), a
// name that changes whenever branches are reordered; scalars and arrays may stay inline.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { forEachSchema, isObject, where } from './lib/oas.js';

const isObjectShaped = schema =>
  schema.type === 'object' || isObject(schema.properties) || isObject(schema.additionalProperties);

export default createRulesetFunction({ input: null, options: null }, function combinatorBranchesNamed(doc) {
  const results = [];
  forEachSchema(doc, (schema, path) => {
    for (const keyword of ['oneOf', 'anyOf']) {
      if (!Array.isArray(schema[keyword])) continue;
      schema[keyword].forEach((branch, i) => {
        if (isObject(branch) && typeof branch.$ref !== 'string' && isObjectShaped(branch)) {
          results.push({
            message: `${where(path)}: ${keyword} branch ${i} is an inline object; move it to components.schemas and $ref it so the generated model gets a stable name.`,
            path: [...path, keyword, i],
          });
        }
      });
    }
  });
  return results;
});
