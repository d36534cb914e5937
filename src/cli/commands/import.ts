import { type Command, UsageError } from "../io";

// Placeholder until the import issue lands its parser here.
export const importCommand: Command = async () => {
  throw new UsageError("Lệnh import chưa có trong phiên bản này.");
};
