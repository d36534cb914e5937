/**
 * `chiso score` names drift: the portal capture's counts and printed points (Gia Lai,
 * 10/2026) as a CSV with `<code> tử số`, `<code> mẫu số`, `<code> điểm` columns. The
 * figures are the hand calculation of test/domain/scoring/drift.test.ts.
 */
import { main } from "../../src/cli/main";
import { portalLongFormUnits } from "../helpers/portal-long-form";
import { memoryIo } from "../helpers/memory-io";

const CODES = ["CKMB.4", "MDSH.1", "MDSH.2", "MDSH.4"];

function captureCsv(): string {
  const head = ["Tên đơn vị", ...CODES.flatMap((c) => [`${c} tử số`, `${c} mẫu số`, `${c} điểm`])];
  const rows = portalLongFormUnits().map((u) => [
    `"${u.input.unit}"`,
    ...CODES.flatMap((c) => {
      const v = u.input.values[c];
      const counts = v && typeof v === "object" && "numerator" in v ? [v.numerator, v.denominator] : ["", ""];
      return [...counts.map((x) => String(x ?? "")), String(u.printed[c] ?? "")];
    }),
  ]);
  return [head.join(","), ...rows.map((r) => r.join(","))].join("\n");
}

async function scoreJson(rules: string) {
  const m = memoryIo({ "gialai.csv": captureCsv() });
  await main(["score", "gialai.csv", "--rules", rules, "--format", "json"], m.io);
  return { json: JSON.parse(m.stdout()) as { drift: unknown[] }, stderr: m.stderr() };
}

test("under dvcqg-2026 the capture's printed points agree: \"drift\": []", async () => {
  const { json, stderr } = await scoreJson("dvcqg-2026");
  expect(json.drift).toEqual([]);
  expect(stderr).not.toContain("quy tắc của Cổng có thể đã đổi");
});

test("under gialai-2026-03: MDSH.1, MDSH.2, MDSH.4 in the JSON and one line each on stderr", async () => {
  const { json, stderr } = await scoreJson("gialai-2026-03");
  expect(json.drift).toEqual([
    { indicator: "MDSH.1", units: 148, maxDifference: 1 },
    { indicator: "MDSH.2", units: 145, maxDifference: 0.92 },
    { indicator: "MDSH.4", units: 73, maxDifference: 0.19 },
  ]);
  expect(stderr).toContain(
    'Điểm in trong bảng khác điểm tính theo bộ quy tắc "gialai-2026-03":\n' +
      "  MDSH.1: 148 đơn vị lệch tới 1 điểm: quy tắc của Cổng có thể đã đổi.\n" +
      "  MDSH.2: 145 đơn vị lệch tới 0,92 điểm: quy tắc của Cổng có thể đã đổi.\n" +
      "  MDSH.4: 73 đơn vị lệch tới 0,19 điểm: quy tắc của Cổng có thể đã đổi.\n",
  );
});

test("a table without printed points: \"drift\": []", async () => {
  const m = memoryIo({ "in.csv": "Đơn vị,CKMB.4 tử số,CKMB.4 mẫu số\nXã A,1,2\n" });
  await main(["score", "in.csv", "--rules", "dvcqg-2026", "--format", "json"], m.io);
  expect((JSON.parse(m.stdout()) as { drift: unknown[] }).drift).toEqual([]);
});
