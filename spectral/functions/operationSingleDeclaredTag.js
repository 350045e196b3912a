// tactile-operation-tag: every operation has exactly one tag, declared in the top-level `tags`.
// The generated client puts each operation in the API module of its first tag; a second tag is ignored
// there and an undeclared one has no description in the docs.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, operations, where } from './lib/oas.js';

export default createRulesetFunction({ input: null, options: null }, function operationSingleDeclaredTag(doc) {
  const declared = new Set(
    (Array.isArray(doc?.tags) ? doc.tags : []).filter(isObject).map(tag => tag.name),
  );
  const results = [];
  for (const { operation, path } of operations(doc)) {
    const tags = operation.tags;
    if (!Array.isArray(tags) || tags.length === 0) {
      results.push({ message: `${where(path)} has no tag; give it exactly one.`, path });
      continue;
    }
    if (tags.length > 1) {
      results.push({
        message: `${where(path)} has ${tags.length} tags (${tags.join(', ')}); give it exactly one.`,
        path: [...path, 'tags'],
      });
    }
    tags.forEach((tag, i) => {
      if (!declared.has(tag)) {
        results.push({
          message: `${where(path)}: tag "${String(tag)}" is not declared in the top-level tags.`,
          path: [...path, 'tags', i],
        });
      }
    });
  }
  return results;
});
