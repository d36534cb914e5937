// The formatter lives beside the parser (src/domain/parsing), below scoring and targets, so
// that targets need not import report; this name stays for the report modules and tests.
export * from "../parsing/number-format";
