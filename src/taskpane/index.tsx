import { createRoot } from "react-dom/client";
import { createExcelPort } from "../excel/port";
import { App } from "./components/App";
import { S } from "./strings.vi";

/* global Office, document */

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  document.title = S.appTitle;
  createRoot(root).render(<App port={createExcelPort()} />);
});
