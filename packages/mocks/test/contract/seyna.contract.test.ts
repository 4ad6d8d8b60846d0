import { defineContractSuite } from "./suite.js";

// Generated from specs/seyna/dist/openapi.json: adding an operation to the spec adds its tests here.
defineContractSuite("seyna");
