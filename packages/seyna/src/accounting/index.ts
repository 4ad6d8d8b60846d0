// `@partner-apis/seyna/accounting`: the accounting rules, which live in @partner-apis/seyna-accounting
// (no client code, so the mocks can use them without depending on this client).
export * from "@partner-apis/seyna-accounting";
