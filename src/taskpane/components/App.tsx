import { FluentProvider, Spinner, Tab, TabList, webLightTheme, type Theme } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Campaign } from "../../domain/targets";
import type { ExcelPort } from "../../excel/port";
import { activeRuleSetId, onActiveRuleSetChange } from "../../runtime/active-rule-set";
import type { CampaignDraft } from "../logic/campaign-draft";
import { applyStoredSettings, chooseRuleSet } from "../logic/rule-set-state";
import { S } from "../strings.vi";
import { AppContext, type AppState } from "./app-context";
import { ImportScreen } from "./ImportScreen";
import { Status } from "./Status";
import { useOperation } from "./use-operation";

type TabId = keyof typeof S.tabs;

// The first screen is in the pane's bundle; every other screen's code is fetched the first time
// its tab opens, so old commune PCs parse and run less before the pane shows (issue #11, item 6).
const ScoreScreen = lazy(() => import("./ScoreScreen").then((m) => ({ default: m.ScoreScreen })));
const AnnexScreen = lazy(() => import("./AnnexScreen").then((m) => ({ default: m.AnnexScreen })));
const ProgressScreen = lazy(() => import("./ProgressScreen").then((m) => ({ default: m.ProgressScreen })));
const ProvinceScreen = lazy(() => import("./ProvinceScreen").then((m) => ({ default: m.ProvinceScreen })));
const TrendScreen = lazy(() => import("./TrendScreen").then((m) => ({ default: m.TrendScreen })));
const SettingsScreen = lazy(() => import("./SettingsScreen").then((m) => ({ default: m.SettingsScreen })));

/** `theme`: Fluent's theme matching Office's, light or dark (index.tsx reads it from the host). */
export function App({ port, theme = webLightTheme }: { port: ExcelPort; theme?: Theme }) {
  const [tab, setTab] = useState<TabId>("import");
  // tabs opened so far: a screen mounts when first opened and then stays mounted (hidden when
  // another tab shows), so a preview or a draft survives a look at another tab
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set(["import"]));
  const [activeId, setActiveId] = useState(activeRuleSetId());
  const [userRuleSets, setUserRuleSets] = useState<unknown[]>([]);
  // the campaigns the user loaded; useCampaign adds the presets, so that the first screen does
  // not bring the targets code. "" until the user picks one: the first campaign.
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  const [campaignId, setCampaignId] = useState("");
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

  const screens: Record<TabId, ReactNode> = {
    import: <ImportScreen />,
    score: <ScoreScreen active={tab === "score"} />,
    annex: <AnnexScreen active={tab === "annex"} />,
    progress: <ProgressScreen active={tab === "progress"} />,
    province: <ProvinceScreen active={tab === "province"} />,
    trends: <TrendScreen active={tab === "trends"} />,
    settings: <SettingsScreen />,
  };

  return (
    <FluentProvider theme={theme}>
      <AppContext.Provider value={state}>
        <main className="chiso-app">
          {/* the page's name for screen readers' heading navigation; the pane's own title bar shows it to sighted users */}
          <h1 className="chiso-visually-hidden">{S.appTitle}</h1>
          <TabList
            selectedValue={tab}
            onTabSelect={(_, d) => {
              const id = d.value as TabId;
              setTab(id);
              setOpened((o) => (o.has(id) ? o : new Set([...o, id])));
            }}
            size="small"
          >
            {(Object.keys(S.tabs) as TabId[]).map((id) => (
              <Tab key={id} value={id}>
                {S.tabs[id]}
              </Tab>
            ))}
          </TabList>
          <Status busy={startup.busy} message={startup.message} />
          {(Object.keys(screens) as TabId[]).map((id) =>
            opened.has(id) ? (
              <div key={id} hidden={tab !== id}>
                <Suspense fallback={<Spinner size="small" label={S.loadingScreen} />}>{screens[id]}</Suspense>
              </div>
            ) : null,
          )}
        </main>
      </AppContext.Provider>
    </FluentProvider>
  );
}
