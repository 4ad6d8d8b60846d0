// Follows local `$ref`s (`#/components/...`) inside one bundled OpenAPI document.

/**
 * Resolves `node` through its chain of local `$ref`s.
 * Returns the target and the last `$ref` followed (undefined when `node` was inline).
 */
export function deref(doc, node) {
  let ref;
  const visited = new Set();
  while (node && typeof node === "object" && typeof node.$ref === "string") {
    ref = node.$ref;
    if (visited.has(ref)) throw new Error(`$ref cycle without a schema at ${ref}`);
    visited.add(ref);
    node = pointer(doc, ref);
  }
  return { node, ref };
}

/** Reads a local JSON pointer (`#/components/schemas/Seance`); throws naming the missing pointer. */
export function pointer(doc, ref) {
  if (!ref.startsWith("#/")) {
    throw new Error(`expected a local $ref starting with "#/" in a bundled spec, found "${ref}"`);
  }
  let node = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node == null || typeof node !== "object" || !(key in node)) {
      throw new Error(`$ref "${ref}" points at nothing (no "${key}")`);
    }
    node = node[key];
  }
  return node;
}

/** The last segment of a `$ref` (`#/components/schemas/Seance` → `Seance`), for messages and matching. */
export function refName(ref) {
  return ref ? ref.slice(ref.lastIndexOf("/") + 1) : undefined;
}
