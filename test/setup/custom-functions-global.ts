// Excel provides CustomFunctions at run time; tests call the functions directly, so stand in for it.
class CustomFunctionsError extends Error {
  constructor(public code: string, message?: string) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};
(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};
