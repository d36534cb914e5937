import { useCallback, useState } from "react";
import { errorMessage, type PaneMessage } from "../logic/messages";

/**
 * One operation at a time per screen: a label while it runs (the progress bar), then a
 * message. Errors never escape to React: they become the error message.
 * `startsBusy`: the label of an operation the screen starts as it opens (its first read of the
 * workbook), so that its first render already shows it rather than flashing enabled controls.
 */
export function useOperation(startsBusy: string | null = null) {
  const [busy, setBusy] = useState<string | null>(startsBusy);
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
