// tactile-link-targets-exist: every response link names an operation that exists, and each link
// parameter names a parameter of that operation. A broken link passes openapi-spec-validator and the
// generator, but schemathesis' stateful tests refuse to start (InvalidStateMachine).
import { createRulesetFunction } from '@stoplight/spectral-core';
import { deref, getAt, isObject, operations, refToPath, where } from './lib/oas.js';

const LOCATIONS = ['path', 'query', 'header', 'cookie'];

function parametersOf(doc, pathItem, operation) {
  const names = [];
  for (const list of [pathItem.parameters, operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      const { value } = deref(doc, p, []);
      if (isObject(value)) names.push({ name: value.name, in: value.in });
    }
  }
  return names;
}

function* links(doc) {
  for (const { operation, path } of operations(doc)) {
    if (!isObject(operation.responses)) continue;
    for (const [code, raw] of Object.entries(operation.responses)) {
      if (isObject(raw) && typeof raw.$ref === 'string') continue; // checked at the component
      if (!isObject(raw) || !isObject(raw.links)) continue;
      for (const [name, link] of Object.entries(raw.links)) {
        yield { link, path: [...path, 'responses', code, 'links', name] };
      }
    }
  }
  const components = isObject(doc?.components) ? doc.components : {};
  for (const [kind, entries] of [['responses', components.responses], ['links', components.links]]) {
    if (!isObject(entries)) continue;
    for (const [name, entry] of Object.entries(entries)) {
      if (kind === 'links') {
        yield { link: entry, path: ['components', 'links', name] };
      } else if (isObject(entry) && isObject(entry.links)) {
        for (const [linkName, link] of Object.entries(entry.links)) {
          yield { link, path: ['components', 'responses', name, 'links', linkName] };
        }
      }
    }
  }
}

export default createRulesetFunction({ input: null, options: null }, function linkTargetsExist(doc) {
  const byId = new Map();
  for (const entry of operations(doc)) {
    if (typeof entry.operation.operationId === 'string') byId.set(entry.operation.operationId, entry);
  }
  const results = [];
  for (const { link: raw, path: rawPath } of links(doc)) {
    if (isObject(raw) && typeof raw.$ref === 'string') continue; // the component is checked itself
    if (!isObject(raw)) continue;
    let target;
    if (typeof raw.operationId === 'string') {
      target = byId.get(raw.operationId);
      if (target === undefined) {
        results.push({
          message: `${where(rawPath)}: link target operationId "${raw.operationId}" does not exist.`,
          path: [...rawPath, 'operationId'],
        });
        continue;
      }
    } else if (typeof raw.operationRef === 'string') {
      const refPath = refToPath(raw.operationRef);
      const operation = refPath && getAt(doc, refPath);
      if (!isObject(operation)) {
        results.push({
          message: `${where(rawPath)}: link operationRef "${raw.operationRef}" does not point at an operation in this document.`,
          path: [...rawPath, 'operationRef'],
        });
        continue;
      }
      target = { operation, path: refPath, pathItem: getAt(doc, refPath.slice(0, -1)) ?? {} };
    } else {
      results.push({ message: `${where(rawPath)}: link has neither operationId nor operationRef.`, path: rawPath });
      continue;
    }
    if (!isObject(raw.parameters)) continue;
    const params = parametersOf(doc, target.pathItem, target.operation);
    for (const key of Object.keys(raw.parameters)) {
      const dot = key.indexOf('.');
      const [loc, name] = dot > 0 && LOCATIONS.includes(key.slice(0, dot)) ? [key.slice(0, dot), key.slice(dot + 1)] : [undefined, key];
      if (!params.some(p => p.name === name && (loc === undefined || p.in === loc))) {
        results.push({
          message: `${where(rawPath)}: link parameter "${key}" is not a parameter of ${where(target.path)}.`,
          path: [...rawPath, 'parameters', key],
        });
      }
    }
  }
  return results;
});
