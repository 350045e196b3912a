// tactile-no-sibling-nullable-ref: in OpenAPI 3.0 every keyword next to a `$ref` is ignored, so
// `{$ref: X, nullable: true}` is NOT nullable: openapi-python-client drops the `nullable` and the
// generated model rejects null. Refer to a nullable variant of the component instead (a schema with
// `type` and `nullable: true`, e.g. `NullableUsername`), wrapped as `allOf: [{$ref: ...}]` if it needs a
// description.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { forEachSchema, where } from './lib/oas.js';

export default createRulesetFunction({ input: null, options: null }, function noSiblingNullableRef(doc) {
  const results = [];
  forEachSchema(doc, (schema, path) => {
    if (typeof schema.$ref === 'string' && 'nullable' in schema) {
      results.push({
        message: `${where(path)}: \`nullable\` next to \`$ref\` ('${schema.$ref}') is ignored; $ref a nullable variant of that component (a schema with \`type\` and \`nullable: true\`) instead.`,
        path: [...path, 'nullable'],
      });
    }
  });
  return results;
});
