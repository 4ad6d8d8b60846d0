// The package ships no types: the one function Prism's own server uses to read `Prefer`.
declare module "parse-prefer-header" {
  /** `code=404, example=x` → `{ code: "404", example: "x" }` (a bare token → `true`). */
  export default function parsePreferHeader(value: string | string[]): Record<string, string | true>;
}
