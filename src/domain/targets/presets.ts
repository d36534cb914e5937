import { loadJsonWith, validateWith, type LoadResult } from "../validation/load-json";
import { ProblemError } from "../problems/user-error";
import chienDich100Ngay2024 from "./presets/chien-dich-100-ngay-2024.json";
import { campaignSchema, type Campaign } from "./schema";

export type { LoadResult };

// Presets go through the same schema as a user's file: a typo in them fails the tests.
const presets: ReadonlyMap<string, Campaign> = new Map(
  [chienDich100Ngay2024].map((raw) => {
    const c = campaignSchema.parse(raw);
    return [c.id, c] as const;
  }),
);

export function listCampaignPresets(): Campaign[] {
  return [...presets.values()];
}

export function findCampaignPreset(id: string): Campaign | undefined {
  return presets.get(id.trim());
}

export function getCampaignPreset(id: string): Campaign {
  const c = findCampaignPreset(id);
  if (!c) throw new ProblemError("campaign.unknownPreset", { id, known: [...presets.keys()].join(", ") });
  return c;
}

export function validateCampaign(raw: unknown): LoadResult<Campaign> {
  return validateWith(campaignSchema, raw);
}

/** A user's campaign from JSON text; every error is a Vietnamese sentence naming the field. */
export function loadCampaignJson(text: string): LoadResult<Campaign> {
  return loadJsonWith(campaignSchema, text);
}
