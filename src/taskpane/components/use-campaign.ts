import { draftOf, type CampaignDraft } from "../logic/campaign-draft";
import { useApp } from "./app-context";

/** The campaign chosen in the pane and its draft (the preset or loaded campaign as edited so far). */
export function useCampaign() {
  const { campaigns, campaignId, setCampaignId, drafts, setDraft } = useApp();
  const base = campaigns.find((c) => c.id === campaignId);
  const draft: CampaignDraft | null = drafts[campaignId] ?? (base ? draftOf(base) : null);
  return { campaigns, campaignId, setCampaignId, draft, update: (d: CampaignDraft) => setDraft(campaignId, d) };
}
