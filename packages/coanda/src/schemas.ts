// Each schema of the Coanda contract under its own name, so users write `SimulationResult`,
// not `components["schemas"]["SimulationResult"]`.
import type { components } from "./generated/coanda.js";

type Schemas = components["schemas"];

/** The JWT returned by the token endpoint (a raw `text/plain` string). */
export type AccessToken = Schemas["AccessToken"];
/** A month written `YYYYMM`. */
export type YearMonth = Schemas["YearMonth"];
/** A date written `YYYYMMDD`. */
export type YearMonthDay = Schemas["YearMonthDay"];

export type CashFlowFrequency = Schemas["CashFlowFrequency"];
export type SimpleCashFlow = Schemas["SimpleCashFlow"];
export type PeriodicCashFlow = Schemas["PeriodicCashFlow"];
export type WeightedAsset = Schemas["WeightedAsset"];
export type FreeManagementSimulationRequest = Schemas["FreeManagementSimulationRequest"];
export type DelegatedManagementSimulationRequest = Schemas["DelegatedManagementSimulationRequest"];
export type GlidepathManagementSimulationRequest = Schemas["GlidepathManagementSimulationRequest"];

export type SimulationResult = Schemas["SimulationResult"];
export type SimulationGraphs = Schemas["SimulationGraphs"];
export type SimulationSynthesis = Schemas["SimulationSynthesis"];
export type SimulationStatistics = Schemas["SimulationStatistics"];
export type QuantileStatistics = Schemas["QuantileStatistics"];
export type ScenariosTable = Schemas["ScenariosTable"];
export type OutcomeRange = Schemas["OutcomeRange"];
export type ChartPoint = Schemas["ChartPoint"];
export type AreaPoint = Schemas["AreaPoint"];
export type ChartSeries = Schemas["ChartSeries"];
export type ScenarioSeries = Schemas["ScenarioSeries"];
export type UcAllocation = Schemas["UcAllocation"];

export type PremiaSessionRequest = Schemas["PremiaSessionRequest"];
export type PremiaSessionResponse = Schemas["PremiaSessionResponse"];
export type PremiaContributionFrequency = Schemas["PremiaContributionFrequency"];
export type PremiaRegularContributionsFormat = Schemas["PremiaRegularContributionsFormat"];
export type PremiaCurrentComposition = Schemas["PremiaCurrentComposition"];
export type PremiaCompositionPart = Schemas["PremiaCompositionPart"];
export type PremiaCompositionPartType = Schemas["PremiaCompositionPartType"];
export type PremiaPartWeight = Schemas["PremiaPartWeight"];

/** The body of Coanda's error responses (inferred: Coanda does not publish it; every field is optional). */
export type ErrorResponse = Schemas["ErrorResponse"];
