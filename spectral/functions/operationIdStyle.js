// tactile-operation-id: every operation has an operationId in lowerCamelCase.
// openapi-python-client names modules and functions after it (`listOpportunities` → list_opportunities.py);
// without one it invents a name from the path, and names that are not lowerCamelCase give unstable names.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { operations, where } from './lib/oas.js';

const LOWER_CAMEL = /^[a-z][a-zA-Z0-9]*$/;

export default createRulesetFunction({ input: null, options: null }, function operationIdStyle(doc) {
  const results = [];
  for (const { operation, path } of operations(doc)) {
    const id = operation.operationId;
    if (id === undefined || id === null || id === '') {
      results.push({ message: `${where(path)} has no operationId.`, path });
    } else if (typeof id !== 'string' || !LOWER_CAMEL.test(id)) {
      results.push({
        message: `${where(path)}: operationId "${String(id)}" is not lowerCamelCase (e.g. "viewOrganisation").`,
        path: [...path, 'operationId'],
      });
    }
  }
  return results;
});
