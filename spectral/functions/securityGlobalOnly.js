// tactile-security-global-only: the api_token is declared once, in the top-level `security`.
// An operation-level `security` makes openapi-python-client type that operation as needing an
// AuthenticatedClient (which sends `Authorization: Bearer`), wrong for this query-token API.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { operations, where } from './lib/oas.js';

export default createRulesetFunction({ input: null, options: null }, function securityGlobalOnly(doc) {
  const results = [];
  if (!Array.isArray(doc?.security) || doc.security.length === 0) {
    results.push({
      message: 'The document declares no top-level `security`; declare the api_token scheme once, globally.',
      path: [],
    });
  }
  for (const { operation, path } of operations(doc)) {
    if ('security' in operation) {
      results.push({
        message: `${where(path)} declares its own \`security\`; keep security global only (the generated client would demand a bearer-header AuthenticatedClient).`,
        path: [...path, 'security'],
      });
    }
  }
  return results;
});
