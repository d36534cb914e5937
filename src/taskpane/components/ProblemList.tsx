import { Link, Text } from "@fluentui/react-components";
import { useState } from "react";
import { groupProblems, rowRanges, type ListedProblem, type ProblemGroup } from "../logic/problem-groups";
import { S } from "../strings.vi";

export type { ListedProblem };

const T = S.problems;
const GROUP_LIMIT = 100;
const ITEM_LIMIT = 200;

const severityLabel = (severity: string) => (severity === "error" ? T.error : T.warning);

function Pickable<P extends ListedProblem>({ problem, label, onPick }: { problem: P; label: string; onPick?: (p: P) => void }) {
  if (!onPick) return <>{label}</>;
  return (
    <Link as="button" title={T.goTo} onClick={() => onPick(problem)}>
      {label}
    </Link>
  );
}

function Group<P extends ListedProblem>({ group, noun, onPick }: { group: ProblemGroup<P>; noun: string; onPick?: (p: P) => void }) {
  const [open, setOpen] = useState(false);
  const { items } = group;
  const className = `chiso-problem chiso-${group.severity}`;
  if (items.length === 1) {
    return (
      <li className={className}>
        <Pickable problem={items[0]} label={`${severityLabel(group.severity)}: ${items[0].message}`} onPick={onPick} />
      </li>
    );
  }
  const label = `${severityLabel(group.severity)}: ${T.group(items.length, noun, group.what, rowRanges(items.map((p) => p.row)))}`;
  return (
    <li className={className}>
      <Text>{label}</Text>{" "}
      <Link as="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? "▾ " : "▸ "}</span>
        {open ? T.collapse : T.expand(items.length)}
      </Link>
      {open && (
        <ul className="chiso-problem-rows">
          {items.slice(0, ITEM_LIMIT).map((p, i) => (
            <li key={i}>
              <Pickable problem={p} label={T.row(p.row, p.unit)} onPick={onPick} />
            </li>
          ))}
          {items.length > ITEM_LIMIT && <li>{T.more(items.length - ITEM_LIMIT)}</li>}
        </ul>
      )}
    </li>
  );
}

/**
 * Problems grouped by what they say (errors first), each group naming its rows and
 * expandable to them; a row is a link to its source cell when `onPick` is given.
 * `noun` counts a group's rows: "đơn vị" for a table of units, "dòng" for lines of text.
 */
export function ProblemList<P extends ListedProblem>({ problems, onPick, noun = T.nouns.row }: { problems: readonly P[]; onPick?: (p: P) => void; noun?: string }) {
  if (!problems.length) return null;
  const groups = groupProblems(problems);
  return (
    <section aria-label={T.title}>
      <Text weight="semibold">{T.title}</Text>
      <ul className="chiso-problems">
        {groups.slice(0, GROUP_LIMIT).map((g) => (
          <Group key={`${g.severity}|${g.column}|${g.what}`} group={g} noun={noun} onPick={onPick} />
        ))}
      </ul>
      {groups.length > GROUP_LIMIT && <Text>{T.more(groups.slice(GROUP_LIMIT).reduce((n, g) => n + g.items.length, 0))}</Text>}
    </section>
  );
}
