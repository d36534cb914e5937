import { createContext, useContext } from "react";
import type { Campaign } from "../../domain/targets";
import type { ExcelPort } from "../../excel/port";
import type { CampaignDraft } from "../logic/campaign-draft";

/** What every screen shares: the Excel door, the workbook's rule set, the campaigns known to the pane and their edits. */
export interface AppState {
  port: ExcelPort;
  activeRuleSetId: string;
  chooseRuleSet: (id: string) => Promise<void>;
  userRuleSets: unknown[];
  setUserRuleSets: (raw: unknown[]) => void;
  /** the campaigns the user loaded (the presets are added by useCampaign) */
  campaigns: Campaign[];
  addCampaign: (c: Campaign) => void;
  /** the campaign chosen, shared by Giao chỉ tiêu and Theo dõi tiến độ; "" for the first one */
  campaignId: string;
  setCampaignId: (id: string) => void;
  /** campaigns edited in the pane, by id: the progress report follows the targets the annex gives */
  drafts: Record<string, CampaignDraft>;
  setDraft: (id: string, draft: CampaignDraft) => void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const s = useContext(AppContext);
  if (!s) throw new Error("AppContext is missing");
  return s;
}
