import type { CompanyImportCsvFormat, TraineeImportCsvFormat } from "./schemas.js";

/** Columns of the company CSV (`CompanyImportCsvFormat`), in header order. */
export const COMPANY_CSV_COLUMNS = [
  "company_uid",
  "company_pc",
] as const satisfies readonly (keyof CompanyImportCsvFormat)[];
/** Columns of the trainee CSV (`TraineeImportCsvFormat`), in header order. */
export const TRAINEE_CSV_COLUMNS = [
  "trainee_uid",
  "company_uid",
  "trainee_pc",
  "trainee_etp",
] as const satisfies readonly (keyof TraineeImportCsvFormat)[];

const COMPANY_REQUIRED: readonly string[] = ["company_uid", "company_pc"];
const TRAINEE_REQUIRED: readonly string[] = ["trainee_uid", "company_uid"];

/** Quote a cell when RFC 4180 requires it (comma, quote, CR or LF), doubling inner quotes. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Describe a bad value for an error message. */
function found(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return value === "" ? "an empty string" : JSON.stringify(value);
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/**
 * Serialize rows to CSV (header row, CRLF line ends, RFC 4180 quoting). Throws a TypeError naming the row and
 * column when a row has an unknown column, lacks a required one, or holds a non-string value.
 */
export function toCsv(
  label: string,
  columns: readonly string[],
  required: readonly string[],
  rows: readonly object[],
): string {
  if (!Array.isArray(rows)) throw new TypeError(`${label}: rows must be an array of objects, got ${found(rows)}`);
  if (rows.length === 0) throw new TypeError(`${label}: rows must hold at least one row, got an empty array`);
  const lines = [columns.join(",")];
  rows.forEach((row, index) => {
    if (row === null || typeof row !== "object" || Array.isArray(row))
      throw new TypeError(`${label}: rows[${index}] must be an object, got ${found(row)}`);
    const record = row as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!columns.includes(key))
        throw new TypeError(`${label}: rows[${index}].${key} is not a column; expected one of ${columns.join(", ")}`);
    }
    lines.push(
      columns
        .map((column) => {
          const value = record[column];
          if (value === undefined && !required.includes(column)) return "";
          if (typeof value !== "string" || (required.includes(column) && value === "")) {
            throw new TypeError(
              `${label}: rows[${index}].${column} must be a${required.includes(column) ? " non-empty" : ""} string, got ${found(value)}`,
            );
          }
          return cell(value);
        })
        .join(","),
    );
  });
  return `${lines.join("\r\n")}\r\n`;
}

/** The CSV file of *Bulk Imports companies* for these rows. */
export function companiesCsv(rows: readonly CompanyImportCsvFormat[]): string {
  return toCsv("companiesCsv", COMPANY_CSV_COLUMNS, COMPANY_REQUIRED, rows);
}

/** The CSV file of *Bulk Imports Trainee* for these rows. */
export function traineesCsv(rows: readonly TraineeImportCsvFormat[]): string {
  return toCsv("traineesCsv", TRAINEE_CSV_COLUMNS, TRAINEE_REQUIRED, rows);
}

/** Request options that send `csv` as a raw `text/csv` body: spread them into a bulk import call. */
export function csvBody(csv: string): {
  body: string;
  bodySerializer: (body: unknown) => string;
  headers: { "Content-Type": "text/csv" };
} {
  if (typeof csv !== "string" || csv === "")
    throw new TypeError(`csvBody: csv must be a non-empty string, got ${found(csv)}`);
  return { body: csv, bodySerializer: (body) => body as string, headers: { "Content-Type": "text/csv" } };
}
