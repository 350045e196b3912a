// tactile-nullable-needs-type: `nullable: true` only has an effect where `type` is in the same schema
// object (OpenAPI 3.0.3). Without one (e.g. `allOf: [$ref]` + `nullable: true`) the tools disagree:
// openapi-python-client and schemathesis accept null there, openapi-schema-validator and Spectral do
// not. Put `nullable: true` next to a `type` (a nullable variant component, or a nullable oneOf branch).
import { createRulesetFunction } from '@stoplight/spectral-core';
import { forEachSchema, where } from './lib/oas.js';

export default createRulesetFunction({ input: null, options: null }, function nullableNeedsType(doc) {
  const results = [];
  forEachSchema(doc, (schema, path) => {
    // A `$ref` with a sibling `nullable` is tactile-no-sibling-nullable-ref's finding.
    if (schema.nullable === true && schema.type === undefined && typeof schema.$ref !== 'string') {
      results.push({
        message: `${where(path)}: \`nullable: true\` without a \`type\` in the same schema has no effect in OpenAPI 3.0.3 (and generators read it differently); put it next to a \`type\`, e.g. in a nullable variant component.`,
        path: [...path, 'nullable'],
      });
    }
  });
  return results;
});
