export { DEFAULT_PORTS, PROVIDERS, isProvider, portEnvVar, urlEnvVar, type Provider } from "./providers.js";
export { specPath } from "./spec-path.js";
export { startMock, type RunningMock, type StartMockOptions } from "./start-mock.js";
export { startMocks, type RunningMocks, type StartMocksOptions } from "./start-mocks.js";
export { verifyContract, formatReport, type VerifyOptions, type VerifyReport, type ExampleOutcome } from "./verify/verify-contract.js";
