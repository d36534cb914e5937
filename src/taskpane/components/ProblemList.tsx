import { Link, Text } from "@fluentui/react-components";
import { S } from "../strings.vi";

export interface ListedProblem {
  row: number;
  column: string;
  message: string;
  severity: string;
}

const LIMIT = 100;

/** Problems with row and cell; each is a link to its source when `onPick` is given. */
export function ProblemList<P extends ListedProblem>({ problems, onPick }: { problems: readonly P[]; onPick?: (p: P) => void }) {
  if (!problems.length) return null;
  const shown = problems.slice(0, LIMIT);
  return (
    <section aria-label={S.problems.title}>
      <Text weight="semibold">{S.problems.title}</Text>
      <ul className="chiso-problems">
        {shown.map((p, i) => {
          const label = `${p.severity === "error" ? S.problems.error : S.problems.warning}: ${p.message}`;
          return (
            <li key={i} className={`chiso-problem chiso-${p.severity}`}>
              {onPick ? (
                <Link as="button" title={S.problems.goTo} onClick={() => onPick(p)}>
                  {label}
                </Link>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ul>
      {problems.length > LIMIT && <Text>{S.problems.more(problems.length - LIMIT)}</Text>}
    </section>
  );
}
