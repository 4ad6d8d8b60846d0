#!/usr/bin/env node
// `generate-types` in a client package's `generate` script: writes src/generated/<provider>.ts.
import { writeTypes } from "./generate-types.mjs";

writeTypes(process.cwd()).catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
