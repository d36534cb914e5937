// Browsers and Node have TextDecoder; jsdom's test environment does not. The pane's tests read
// fixture files through the domain's text reader, which decodes with it, as the browser would.
import { TextDecoder as NodeTextDecoder } from "util";

if (typeof globalThis.TextDecoder === "undefined") {
  (globalThis as Record<string, unknown>).TextDecoder = NodeTextDecoder;
}
