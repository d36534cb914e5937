import { type Command, UsageError } from "../io";

// Placeholder until the annex issue lands its generator here.
export const annexCommand: Command = async () => {
  throw new UsageError("Lệnh annex chưa có trong phiên bản này.");
};
