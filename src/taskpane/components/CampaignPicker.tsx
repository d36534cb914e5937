import { Field, Select } from "@fluentui/react-components";
import type { Campaign } from "../../domain/targets";
import { S } from "../strings.vi";

export function CampaignPicker({ campaigns, value, onChange }: { campaigns: readonly Campaign[]; value: string; onChange: (id: string) => void }) {
  return (
    <Field label={S.annexScreen.campaign}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
