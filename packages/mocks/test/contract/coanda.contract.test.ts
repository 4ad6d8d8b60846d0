import { defineContractSuite } from "./suite.js";

// Generated from specs/coanda/dist/openapi.json: adding an operation to the spec adds its tests here.
defineContractSuite("coanda");
