import { describe } from "vitest";
import { mockedProviders } from "../src/registry.js";
import { defineContractSuite } from "./helpers/contract-suite.js";

// One suite per provider of the registry, generated from its bundle: a new provider or operation adds its tests here.
for (const provider of mockedProviders()) describe(provider.id, () => defineContractSuite(provider.id));
