// The environment variables that carry a provider's local mock: one naming for the mocks (which read and set them),
// the docs' curl samples and the scripts that print the mocks' URLs.

/** `seyna` → `SEYNA`, `acme-parcels` → `ACME_PARCELS`. */
function envName(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

/** Name of the env var that overrides a provider's mock port, e.g. `SEYNA_MOCK_PORT`. */
export function mockPortVariable(id: string): string {
  return `${envName(id)}_MOCK_PORT`;
}

/** Name of the env var that carries a running mock's URL, e.g. `SEYNA_MOCK_URL`. */
export function mockUrlVariable(id: string): string {
  return `${envName(id)}_MOCK_URL`;
}
