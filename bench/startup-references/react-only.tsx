/** The same first tab as react-fluent.tsx in React alone (plain elements): what Fluent UI adds, by difference. */
import { createRoot } from "react-dom/client";
import { FIRST_BUTTON, INTRO, TABS } from "./tabs";

/* global Office, document */
Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(
    <main>
      <div role="tablist">
        {TABS.map((t, i) => (
          <button key={t} role="tab" aria-selected={i === 0}>
            {t}
          </button>
        ))}
      </div>
      <p>{INTRO}</p>
      <button>{FIRST_BUTTON}</button>
    </main>,
  );
});
