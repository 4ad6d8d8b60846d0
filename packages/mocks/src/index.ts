export { DEFAULT_PORTS, isProvider, PROVIDERS, type Provider, portEnvVar, urlEnvVar } from "./providers.js";
export { specPath } from "./spec-path.js";
export { type RunningMock, type StartMockOptions, startMock } from "./start-mock.js";
export { type RunningMocks, type StartMocksOptions, startMocks } from "./start-mocks.js";
export {
  type ExampleOutcome,
  formatReport,
  type VerifyOptions,
  type VerifyReport,
  verifyContract,
} from "./verify/verify-contract.js";
