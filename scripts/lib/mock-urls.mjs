// Prints `<id> <url>` for each provider's local mock, from the registry (specs/<id>/provider.json):
// its default port, or `<ID>_MOCK_PORT` when set, as the mocks themselves read it.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { discoverProviders, mockPortVariable } from "@partner-apis/contract-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
for (const provider of discoverProviders(join(root, "specs"))) {
  const port = process.env[mockPortVariable(provider.id)] || provider.mockPort;
  console.log(`${provider.id.padEnd(9)} http://127.0.0.1:${port}`);
}
