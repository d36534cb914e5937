import { useMemo } from "react";
import { listCampaignPresets } from "../../domain/targets";
import { draftOf, type CampaignDraft } from "../logic/campaign-draft";
import { useApp } from "./app-context";

/**
 * The campaigns known to the pane (the presets, then those the user loaded, a loaded one
 * replacing a preset of its id), the one chosen (the first until the user picks one) and its
 * draft (the campaign as edited so far).
 */
export function useCampaign() {
  const { campaigns: loaded, campaignId: chosen, setCampaignId, drafts, setDraft } = useApp();
  const campaigns = useMemo(() => [...listCampaignPresets().filter((p) => !loaded.some((c) => c.id === p.id)), ...loaded], [loaded]);
  const campaignId = chosen || (campaigns[0]?.id ?? "");
  const base = campaigns.find((c) => c.id === campaignId);
  const draft: CampaignDraft | null = drafts[campaignId] ?? (base ? draftOf(base) : null);
  return { campaigns, campaignId, setCampaignId, draft, update: (d: CampaignDraft) => setDraft(campaignId, d) };
}
