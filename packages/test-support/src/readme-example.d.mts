/** Runs the README example of the package in `packageDir`: `{ stdout, printed }` (printed: the README's claim). */
export function runReadmeExample(packageDir: string): Promise<{ stdout: string; printed: string }>;
