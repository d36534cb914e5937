import { ZodError } from "zod";
import { describeZodIssues } from "../validation/zod-messages";
import chienDich100Ngay2024 from "./presets/chien-dich-100-ngay-2024.json";
import { campaignSchema, type Campaign } from "./schema";

export type LoadResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

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
  if (!c) throw new Error(`Không có chiến dịch mẫu "${id}". Các mẫu có sẵn: ${[...presets.keys()].join(", ")}.`);
  return c;
}

export function validateCampaign(raw: unknown): LoadResult<Campaign> {
  const parsed = campaignSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: describeZodIssues(parsed.error as ZodError, raw) };
}

/** A user's campaign from JSON text; every error is a Vietnamese sentence naming the field. */
export function loadCampaignJson(text: string): LoadResult<Campaign> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`Tệp không phải JSON hợp lệ: ${(e as Error).message}`] };
  }
  return validateCampaign(raw);
}
