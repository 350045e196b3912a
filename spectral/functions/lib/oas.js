// Helpers shared by the tactile-* Spectral functions.
//
// Every house rule that looks at structure runs with `resolved: false`: it sees the document as written,
// so each finding points at the place where the problem is written (a component, not every use of it).
// Local `$ref`s (`#/...`) are followed by hand where a rule needs them; other refs are left alone.

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export const isObject = value => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Human-readable location: `GET /organisations/view/{id} › responses.200` or `components.schemas.Note`. */
export function where(path) {
  if (path[0] === 'paths' && path.length >= 3 && HTTP_METHODS.includes(path[2])) {
    const head = `${String(path[2]).toUpperCase()} ${path[1]}`;
    return path.length > 3 ? `${head} › ${path.slice(3).join('.')}` : head;
  }
  if (path[0] === 'paths' && path.length >= 2) {
    return path.length > 2 ? `path ${path[1]} › ${path.slice(2).join('.')}` : `path ${path[1]}`;
  }
  return path.length ? path.join('.') : 'document root';
}

/** Yields `{ operation, path }` for every operation under `paths`. */
export function* operations(doc) {
  if (!isObject(doc) || !isObject(doc.paths)) return;
  for (const [route, item] of Object.entries(doc.paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      if (isObject(item[method])) yield { operation: item[method], path: ['paths', route, method], pathItem: item };
    }
  }
}

/** JSON-pointer `#/a/b` → ['a', 'b'] (undefined for a non-local ref). */
export function refToPath(ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map(part => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAt(doc, path) {
  let node = doc;
  for (const key of path) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * Follows a chain of local `$ref`s. Returns `{ value, path }` of the object finally referred to,
 * or `{ value: node, path }` unchanged when `node` is no ref. `value` is undefined for a broken or
 * external ref (Spectral's own invalid-ref reports those).
 */
export function deref(doc, node, path) {
  const seen = new Set();
  while (isObject(node) && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) return { value: undefined, path };
    seen.add(node.$ref);
    const target = refToPath(node.$ref);
    if (target === undefined) return { value: undefined, path };
    path = target;
    node = getAt(doc, target);
  }
  return { value: node, path };
}

const SUBSCHEMA_MAPS = ['properties'];
const SUBSCHEMA_SINGLE = ['items', 'not', 'additionalProperties'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];

/**
 * Depth-first walk over a schema and its inline subschemas. `visit(schema, path)` is called for each.
 * With `followRefs`, local `$ref`s are followed (each target visited once, at its own path).
 */
export function walkSchema(doc, schema, path, visit, { followRefs = false, seen = new Set() } = {}) {
  if (!isObject(schema)) return;
  if (typeof schema.$ref === 'string') {
    visit(schema, path);
    if (!followRefs) return;
    const target = refToPath(schema.$ref);
    if (target === undefined) return;
    const key = target.join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    walkSchema(doc, getAt(doc, target), target, visit, { followRefs, seen });
    return;
  }
  visit(schema, path);
  for (const keyword of SUBSCHEMA_MAPS) {
    if (!isObject(schema[keyword])) continue;
    for (const [name, sub] of Object.entries(schema[keyword])) {
      walkSchema(doc, sub, [...path, keyword, name], visit, { followRefs, seen });
    }
  }
  for (const keyword of SUBSCHEMA_SINGLE) {
    if (isObject(schema[keyword])) walkSchema(doc, schema[keyword], [...path, keyword], visit, { followRefs, seen });
  }
  for (const keyword of SUBSCHEMA_LISTS) {
    if (!Array.isArray(schema[keyword])) continue;
    schema[keyword].forEach((sub, i) => walkSchema(doc, sub, [...path, keyword, i], visit, { followRefs, seen }));
  }
}

/** Yields `{ node, path, role }` for each media type object under a `content` map. */
function* mediaTypes(content, path, role) {
  if (!isObject(content)) return;
  for (const [type, media] of Object.entries(content)) {
    if (isObject(media)) yield { node: media, path: [...path, 'content', type], role };
  }
}

function* parameterLike(node, path, role) {
  // A parameter or a header: either `schema` or `content`.
  if (!isObject(node) || typeof node.$ref === 'string') return;
  yield { node, path, role };
  yield* mediaTypes(node.content, path, role);
}

function* responseParts(response, path) {
  if (!isObject(response) || typeof response.$ref === 'string') return;
  yield* mediaTypes(response.content, path, 'response');
  if (isObject(response.headers)) {
    for (const [name, header] of Object.entries(response.headers)) {
      yield* parameterLike(header, [...path, 'headers', name], 'header');
    }
  }
}

/**
 * Every object that carries a `schema` (parameters, headers, media types), as written: refs are not
 * followed, the referenced components are visited at their own place. Each is `{ node, path, role }`
 * with role `parameter`, `header`, `request` (request body media type) or `response` (response media type).
 */
export function* schemaCarriers(doc) {
  if (!isObject(doc)) return;
  if (isObject(doc.paths)) {
    for (const [route, item] of Object.entries(doc.paths)) {
      if (!isObject(item) || !Array.isArray(item.parameters)) continue;
      for (const [i, p] of item.parameters.entries()) {
        yield* parameterLike(p, ['paths', route, 'parameters', i], 'parameter');
      }
    }
  }
  for (const { operation, path } of operations(doc)) {
    if (Array.isArray(operation.parameters)) {
      for (const [i, p] of operation.parameters.entries()) {
        yield* parameterLike(p, [...path, 'parameters', i], 'parameter');
      }
    }
    if (isObject(operation.requestBody) && typeof operation.requestBody.$ref !== 'string') {
      yield* mediaTypes(operation.requestBody.content, [...path, 'requestBody'], 'request');
    }
    if (isObject(operation.responses)) {
      for (const [code, response] of Object.entries(operation.responses)) {
        yield* responseParts(response, [...path, 'responses', code]);
      }
    }
  }
  const components = isObject(doc.components) ? doc.components : {};
  for (const [kind, entries] of Object.entries(components)) {
    if (!isObject(entries)) continue;
    for (const [name, entry] of Object.entries(entries)) {
      const path = ['components', kind, name];
      if (kind === 'parameters') yield* parameterLike(entry, path, 'parameter');
      else if (kind === 'headers') yield* parameterLike(entry, path, 'header');
      else if (kind === 'requestBodies' && isObject(entry)) yield* mediaTypes(entry.content, path, 'request');
      else if (kind === 'responses') yield* responseParts(entry, path);
    }
  }
}

/** Every schema object written in the document, at its own path (refs not followed). */
export function forEachSchema(doc, visit) {
  const components = isObject(doc) && isObject(doc.components) ? doc.components : {};
  if (isObject(components.schemas)) {
    for (const [name, schema] of Object.entries(components.schemas)) {
      walkSchema(doc, schema, ['components', 'schemas', name], visit);
    }
  }
  for (const { node, path } of schemaCarriers(doc)) {
    if (isObject(node.schema)) walkSchema(doc, node.schema, [...path, 'schema'], visit);
  }
}
