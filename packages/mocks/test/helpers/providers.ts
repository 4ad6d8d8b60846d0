import { findProvider, mockedProviders } from "../../src/registry.js";

/** Every provider id of the registry, in mock-port order. */
export const PROVIDER_IDS: readonly string[] = mockedProviders().map((provider) => provider.id);

/** Absolute path of a provider's bundled spec. */
export function bundleOf(id: string): string {
  return findProvider(mockedProviders(), id).bundlePath;
}
