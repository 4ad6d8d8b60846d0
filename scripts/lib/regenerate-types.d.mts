/** `{ fresh, committed }`: what scripts/generate-types.mjs makes from the current bundle, and what git holds. */
export function regenerateTypes(provider: string): Promise<{ fresh: string; committed: string }>;
