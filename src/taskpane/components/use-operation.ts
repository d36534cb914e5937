import { useCallback, useState } from "react";
import { errorMessage, type PaneMessage } from "../logic/messages";

/**
 * One operation at a time per screen: a label while it runs (the progress bar), then a
 * message. Errors never escape to React: they become the error message.
 */
export function useOperation() {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const run = useCallback(async <T,>(label: string, work: () => Promise<T> | T): Promise<T | undefined> => {
    setBusy(label);
    setMessage(null);
    try {
      return await work();
    } catch (e) {
      setMessage(errorMessage(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, message, setMessage, run };
}
