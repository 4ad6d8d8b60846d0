// Prints a JSON value as a TypeScript expression the way a person would write it:
// unquoted keys where they are identifiers, two-space indent, trailing commas on multi-line literals.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
// Lines stay short enough for the right panel of a reference page.
const INLINE_WIDTH = 60;

/** `value` as TypeScript source, every line after the first indented by `indent`. */
export function tsLiteral(value: unknown, indent = ""): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inline = inlineLiteral(value);
  if (inline.length + indent.length <= INLINE_WIDTH && !inline.includes("\n")) return inline;

  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => `${inner}${tsLiteral(item, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([key, item]) => `${inner}${propertyKey(key)}: ${tsLiteral(item, inner)},`).join("\n")}\n${indent}}`;
}

function inlineLiteral(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inlineLiteral).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${inlineLiteral(item)}`).join(", ")} }`;
}

/** An object key as TypeScript writes it: bare when it is an identifier, quoted otherwise. */
export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}
