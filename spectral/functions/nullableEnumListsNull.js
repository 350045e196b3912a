// tactile-nullable-enum-lists-null: in OpenAPI 3.0, `nullable: true` does not add null to an `enum`.
// openapi-python-client turns the enum into a Python Enum and raises ValueError on a null it was not told
// about, and JSON Schema validators reject the null too. So a nullable enum must list null itself.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { forEachSchema, where } from './lib/oas.js';

export default createRulesetFunction({ input: null, options: null }, function nullableEnumListsNull(doc) {
  const results = [];
  forEachSchema(doc, (schema, path) => {
    if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) {
      results.push({
        message: `${where(path)}: schema is nullable but its enum does not list null; add null to the enum (otherwise generated clients raise on null).`,
        path: [...path, 'enum'],
      });
    }
  });
  return results;
});
