import { createContext, useContext } from "react";
import type { Campaign } from "../../domain/targets";
import type { ExcelPort } from "../../excel/port";

/** What every screen shares: the Excel door, the workbook's rule set, the campaigns known to the pane. */
export interface AppState {
  port: ExcelPort;
  activeRuleSetId: string;
  chooseRuleSet: (id: string) => Promise<void>;
  userRuleSets: unknown[];
  setUserRuleSets: (raw: unknown[]) => void;
  campaigns: Campaign[];
  addCampaign: (c: Campaign) => void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const s = useContext(AppContext);
  if (!s) throw new Error("AppContext is missing");
  return s;
}
