// tactile-operation-examples: every operation shows at least one named example (`examples:` map) on its
// 200 application/json response, and on its application/json request body if it has one. Named
// examples are reused as fake-server fixtures and as schemathesis' explicit examples; a lone `example:`
// cannot be named or reused.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { deref, isObject, operations, where } from './lib/oas.js';

const JSON_TYPE = 'application/json';

function hasNamedExamples(media) {
  return isObject(media) && isObject(media.examples) && Object.keys(media.examples).length > 0;
}

/** ` (components.responses.X)` when the part is a referenced component, else nothing. */
const via = (operationPath, partPath) =>
  partPath.slice(0, operationPath.length).join('\u0000') === operationPath.join('\u0000') ? '' : ` (${where(partPath)})`;

export default createRulesetFunction({ input: null, options: null }, function operationNamedExamples(doc) {
  const results = [];
  const reported = new Set();
  const report = (path, message) => {
    const key = path.join('\u0000');
    if (reported.has(key)) return;
    reported.add(key);
    results.push({ message, path });
  };

  for (const { operation, path } of operations(doc)) {
    const responsesPath = [...path, 'responses'];
    const raw200 = isObject(operation.responses) ? operation.responses['200'] : undefined;
    const { value: response, path: responsePath } = deref(doc, raw200, [...responsesPath, '200']);
    const media = isObject(response) && isObject(response.content) ? response.content[JSON_TYPE] : undefined;
    if (!isObject(media)) {
      report(
        isObject(response) ? responsePath : responsesPath,
        `${where(path)} has no 200 response with ${JSON_TYPE} content to carry named examples.`,
      );
    } else if (!hasNamedExamples(media)) {
      report(
        [...responsePath, 'content', JSON_TYPE],
        `${where(path)}: the 200 ${JSON_TYPE} response${via(path, responsePath)} has no named examples; add an \`examples:\` map (a lone \`example:\` is not enough).`,
      );
    }

    if (operation.requestBody === undefined) continue;
    const { value: body, path: bodyPath } = deref(doc, operation.requestBody, [...path, 'requestBody']);
    const bodyMedia = isObject(body) && isObject(body.content) ? body.content[JSON_TYPE] : undefined;
    if (isObject(bodyMedia) && !hasNamedExamples(bodyMedia)) {
      report(
        [...bodyPath, 'content', JSON_TYPE],
        `${where(path)}: the ${JSON_TYPE} request body${via(path, bodyPath)} has no named examples; add an \`examples:\` map.`,
      );
    }
  }
  return results;
});
