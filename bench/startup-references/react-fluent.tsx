/**
 * The least first tab the product's stack can show: React and Fluent UI v9 (FluentProvider, a
 * TabList of the pane's seven tabs, a paragraph, a primary Button), and nothing of CHISO's.
 */
import { Button, FluentProvider, Tab, TabList, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { FIRST_BUTTON, INTRO, TABS } from "./tabs";

/* global Office, document */
Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <main>
        <TabList selectedValue="0" size="small">
          {TABS.map((t, i) => (
            <Tab key={t} value={String(i)}>
              {t}
            </Tab>
          ))}
        </TabList>
        <p>{INTRO}</p>
        <Button appearance="primary">{FIRST_BUTTON}</Button>
      </main>
    </FluentProvider>,
  );
});
