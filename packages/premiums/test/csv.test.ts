// CSV helpers of the bulk imports, and their columns against the contract.
import { describe, expect, it } from "vitest";
import {
  COMPANY_CSV_COLUMNS,
  type CompanyImportCsvFormat,
  companiesCsv,
  csvBody,
  TRAINEE_CSV_COLUMNS,
  traineesCsv,
} from "../src/index.js";
import { bundle, example } from "./helpers/spec.js";

describe("CSV columns follow the contract", () => {
  it.each([
    ["CompanyImportCsvFormat", COMPANY_CSV_COLUMNS],
    ["TraineeImportCsvFormat", TRAINEE_CSV_COLUMNS],
  ] as const)("%s", (schema, columns) => {
    expect([...columns]).toEqual(Object.keys(bundle.components.schemas[schema]!.properties ?? {}));
  });
});

describe("companiesCsv / traineesCsv", () => {
  it("writes the header and one CRLF-terminated line per row, as the contract's CSV example", () => {
    const csv = companiesCsv(example<CompanyImportCsvFormat[]>("ImportCompaniesRequest"));
    expect(csv).toBe("company_uid,company_pc\r\ncompany-1042,149.01\r\ncompany-1043,149.02\r\n");
    expect(csv.replace(/\r\n/g, "\n")).toBe(example<string>("BulkImportCompaniesCsv"));
  });

  it("leaves optional trainee columns empty", () => {
    expect(traineesCsv([{ trainee_uid: "t-1", company_uid: "c-1" }])).toBe(
      "trainee_uid,company_uid,trainee_pc,trainee_etp\r\nt-1,c-1,,\r\n",
    );
  });

  it("quotes values with commas, quotes or line breaks (RFC 4180)", () => {
    expect(companiesCsv([{ company_uid: 'Garage "Lux", Liège', company_pc: "149.01\n" }])).toBe(
      'company_uid,company_pc\r\n"Garage ""Lux"", Liège","149.01\n"\r\n',
    );
  });

  it("names the row and column of an unknown column", () => {
    const rows = [
      { company_uid: "c-1", company_pc: "149.01" },
      { company_uid: "c-2", company_pcc: "149.01" },
    ];
    expect(() => companiesCsv(rows as unknown as CompanyImportCsvFormat[])).toThrow(
      "companiesCsv: rows[1].company_pcc is not a column; expected one of company_uid, company_pc",
    );
  });

  it("names a missing or mistyped required value", () => {
    expect(() => companiesCsv([{ company_uid: "c-1" } as CompanyImportCsvFormat])).toThrow(
      "companiesCsv: rows[0].company_pc must be a non-empty string, got nothing",
    );
    expect(() => traineesCsv([{ trainee_uid: "t", company_uid: "c", trainee_etp: 1 as unknown as string }])).toThrow(
      "traineesCsv: rows[0].trainee_etp must be a string, got a number",
    );
  });

  it("refuses no rows", () => {
    expect(() => companiesCsv([])).toThrow("companiesCsv: rows must hold at least one row, got an empty array");
  });
});

describe("csvBody", () => {
  it("sends the string as is with Content-Type text/csv", () => {
    const init = csvBody("a,b\r\n");
    expect(init.headers).toEqual({ "Content-Type": "text/csv" });
    expect(init.bodySerializer(init.body)).toBe("a,b\r\n");
  });

  it("refuses an empty file", () => {
    expect(() => csvBody("")).toThrow("csvBody: csv must be a non-empty string, got an empty string");
  });
});
