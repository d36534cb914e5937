import { problemMessages } from "../../domain/problems/problem";
import { Button, Field, Select, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { loadRuleSetJson } from "../../domain/ruleset/load";
import { findRuleSet, listRuleSets } from "../../domain/ruleset/registry";
import { loadCampaignJson } from "../../domain/targets";
import { ProblemError, refusalText, UserError } from "../../domain/problems/user-error";
import { addUserRuleSet } from "../logic/rule-set-state";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import { Status } from "./Status";
import { useOperation } from "./use-operation";

const T = S.settingsScreen;

export function SettingsScreen() {
  const { port, activeRuleSetId, chooseRuleSet, userRuleSets, setUserRuleSets, addCampaign } = useApp();
  const op = useOperation();
  const [choice, setChoice] = useState(activeRuleSetId);
  const [json, setJson] = useState("");
  const current = findRuleSet(activeRuleSetId);

  const apply = (id: string) =>
    op.run(S.busy.saveSettings, async () => {
      await chooseRuleSet(id);
      op.setMessage({ intent: "success", title: T.applied(findRuleSet(id)?.name ?? id) });
    });

  const loadRuleSet = () =>
    op.run(S.busy.saveSettings, async () => {
      if (!json.trim()) throw new UserError(T.emptyJson);
      const loaded = loadRuleSetJson(json);
      if (!loaded.ok) throw new UserError(T.invalidRuleSet, problemMessages(loaded.problems));
      let next: unknown[];
      try {
        next = addUserRuleSet(loaded.value, JSON.parse(json), userRuleSets);
      } catch (e) {
        // a built-in id is the registry's coded refusal, worded here from the catalogue; anything else is a failure
        if (e instanceof ProblemError) throw new UserError(T.invalidRuleSet, [refusalText(e.problem)]);
        throw e;
      }
      await port.saveRuleSetSettings({ ruleSetId: activeRuleSetId, userRuleSets: next });
      setUserRuleSets(next);
      setChoice(loaded.value.id);
      op.setMessage({ intent: "success", title: T.ruleSetLoaded(loaded.value.name) });
    });

  const loadCampaign = () =>
    op.run(S.busy.parse, () => {
      if (!json.trim()) throw new UserError(T.emptyJson);
      const loaded = loadCampaignJson(json);
      if (!loaded.ok) throw new UserError(T.invalidCampaign, problemMessages(loaded.problems));
      addCampaign(loaded.value);
      op.setMessage({ intent: "success", title: T.campaignLoaded(loaded.value.name) });
    });

  const readFile = async (file: File | undefined) => {
    if (file) setJson(await file.text());
  };

  return (
    <div className="chiso-screen">
      <Text>{T.intro}</Text>
      {current && <Text weight="semibold">{T.current(current.name, current.validFrom)}</Text>}
      {current?.estimate && <Text size={200}>{T.estimate}</Text>}
      <Field label={T.ruleSet}>
        <Select value={choice} onChange={(_, d) => setChoice(d.value)}>
          {listRuleSets().map((rs) => (
            <option key={rs.id} value={rs.id}>
              {`${rs.name} (${rs.id})`}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" onClick={() => apply(choice)} disabled={!!op.busy || choice === activeRuleSetId}>
        {T.apply}
      </Button>
      <Field label={T.jsonLabel}>
        <Textarea value={json} onChange={(_, d) => setJson(d.value)} rows={6} resize="vertical" />
      </Field>
      <input type="file" accept=".json,application/json" aria-label={T.file} onChange={(e) => void readFile(e.target.files?.[0])} />
      <div className="chiso-row">
        <Button onClick={loadRuleSet} disabled={!!op.busy}>
          {T.loadRuleSet}
        </Button>
        <Button onClick={loadCampaign} disabled={!!op.busy}>
          {T.loadCampaign}
        </Button>
      </div>
      <Status busy={op.busy} message={op.message} />
    </div>
  );
}
