import { FluentProvider, Tab, TabList, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { listCampaignPresets, type Campaign } from "../../domain/targets";
import type { ExcelPort } from "../../excel/port";
import { activeRuleSetId, onActiveRuleSetChange } from "../../runtime/active-rule-set";
import type { CampaignDraft } from "../logic/campaign-draft";
import { applyStoredSettings, chooseRuleSet } from "../logic/rule-set-state";
import { S } from "../strings.vi";
import { AnnexScreen } from "./AnnexScreen";
import { AppContext, type AppState } from "./app-context";
import { ImportScreen } from "./ImportScreen";
import { ProgressScreen } from "./ProgressScreen";
import { ProvinceScreen } from "./ProvinceScreen";
import { ScoreScreen } from "./ScoreScreen";
import { SettingsScreen } from "./SettingsScreen";
import { Status } from "./Status";
import { TrendScreen } from "./TrendScreen";
import { useOperation } from "./use-operation";

type TabId = keyof typeof S.tabs;

/** `dark`: Office's theme is dark (index.tsx reads it from the host). */
export function App({ port, dark = false }: { port: ExcelPort; dark?: boolean }) {
  const [tab, setTab] = useState<TabId>("import");
  const [activeId, setActiveId] = useState(activeRuleSetId());
  const [userRuleSets, setUserRuleSets] = useState<unknown[]>([]);
  const [campaigns, setCampaigns] = useState<Campaign[]>(() => listCampaignPresets());
  const [campaignId, setCampaignId] = useState(() => campaigns[0]?.id ?? "");
  const [drafts, setDrafts] = useState<Record<string, CampaignDraft>>({});
  const startup = useOperation();

  useEffect(() => onActiveRuleSetChange(setActiveId), []);
  useEffect(() => {
    void startup.run(S.busy.readSettings, async () => {
      const stored = applyStoredSettings(await port.readRuleSetSettings());
      setUserRuleSets(stored.userRuleSets);
      if (stored.changed) await port.recalculateWorkbook();
      if (stored.problems.length) startup.setMessage({ intent: "warning", title: S.settingsScreen.storedInvalid, lines: stored.problems });
    });
  }, [port, startup.run, startup.setMessage]);

  const choose = useCallback((id: string) => chooseRuleSet(port.saveRuleSetSettings, id, userRuleSets), [port, userRuleSets]);
  const state: AppState = useMemo(
    () => ({
      port,
      activeRuleSetId: activeId,
      chooseRuleSet: choose,
      userRuleSets,
      setUserRuleSets,
      campaigns,
      addCampaign: (c) => {
        setCampaigns((all) => [...all.filter((x) => x.id !== c.id), c]);
        // a campaign loaded again replaces its edits; it becomes the one both screens use
        setDrafts(({ [c.id]: _, ...rest }) => rest);
        setCampaignId(c.id);
      },
      campaignId,
      setCampaignId,
      drafts,
      setDraft: (id, d) => setDrafts((all) => ({ ...all, [id]: d })),
    }),
    [port, activeId, choose, userRuleSets, campaigns, campaignId, drafts],
  );

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <AppContext.Provider value={state}>
        <main className="chiso-app">
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
            {(Object.keys(S.tabs) as TabId[]).map((id) => (
              <Tab key={id} value={id}>
                {S.tabs[id]}
              </Tab>
            ))}
          </TabList>
          <Status busy={startup.busy} message={startup.message} />
          {/* Screens stay mounted so a preview or a draft survives a look at another tab. */}
          <div hidden={tab !== "import"}>
            <ImportScreen />
          </div>
          <div hidden={tab !== "score"}>
            <ScoreScreen active={tab === "score"} />
          </div>
          <div hidden={tab !== "annex"}>
            <AnnexScreen active={tab === "annex"} />
          </div>
          <div hidden={tab !== "progress"}>
            <ProgressScreen active={tab === "progress"} />
          </div>
          <div hidden={tab !== "province"}>
            <ProvinceScreen active={tab === "province"} />
          </div>
          <div hidden={tab !== "trends"}>
            <TrendScreen active={tab === "trends"} />
          </div>
          <div hidden={tab !== "settings"}>
            <SettingsScreen />
          </div>
        </main>
      </AppContext.Provider>
    </FluentProvider>
  );
}
