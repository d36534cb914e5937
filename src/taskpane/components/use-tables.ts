import { useCallback, useEffect, useState } from "react";
import type { TableInfo } from "../../excel/tables";
import { S } from "../strings.vi";
import { useApp } from "./app-context";
import type { useOperation } from "./use-operation";

/** The workbook's tables, read again each time the screen is shown (the user may have imported meanwhile). */
export function useTables(active: boolean, op: ReturnType<typeof useOperation>) {
  const { port } = useApp();
  const [tables, setTables] = useState<TableInfo[]>([]);
  const [selected, setSelected] = useState("");
  const refresh = useCallback(async () => {
    const list = await op.run(S.busy.listTables, () => port.listTables());
    if (!list) return;
    setTables(list);
    // Keep the choice if the table is still there, else take the newest table (the last import).
    setSelected((cur) => (list.some((t) => t.name === cur) ? cur : (list[list.length - 1]?.name ?? "")));
  }, [port, op.run]);
  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);
  return { tables, selected, setSelected, refresh };
}
