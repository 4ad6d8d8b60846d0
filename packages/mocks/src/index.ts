export { mockedProviders, type Provider, portEnvVar, urlEnvVar } from "./registry.js";
export {
  SANDBOX_REPORT_PATH,
  SANDBOX_RESET_PATH,
  type Sandbox,
  type SandboxViolation,
  VIOLATIONS_HEADER,
} from "./sandbox/sandbox.js";
export { type RunningMock, type StartMockOptions, startMock } from "./start-mock.js";
export { type RunningMocks, type StartMocksOptions, startMocks } from "./start-mocks.js";
export {
  type ExampleOutcome,
  formatReport,
  type VerifyOptions,
  type VerifyReport,
  verifyContract,
} from "./verify/verify-contract.js";
