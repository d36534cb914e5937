import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelPort } from "../excel/port";
import { App } from "./components/App";
import { S } from "./strings.vi";
import { isDarkBackground } from "./theme";

/* global Office, document */

Office.onReady(async () => {
  const root = document.getElementById("root");
  if (!root) return;
  document.title = S.appTitle;
  // Office gives its theme on hosts that have one: the pane follows it (dark or light)
  const dark = isDarkBackground(Office.context?.officeTheme?.bodyBackgroundColor);
  const theme = dark ? (await import("./dark-theme")).webDarkTheme : webLightTheme;
  createRoot(root).render(<App port={createExcelPort()} theme={theme} />);
});
