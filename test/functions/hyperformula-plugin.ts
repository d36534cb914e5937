/**
 * The CHISO functions registered in HyperFormula, a real formula engine, so that tests can
 * evaluate `=CHISO.DIEM(B2:W2, B$1:W$1)` over ranges. Arguments are translated the way
 * Excel passes them (ranges as 2-D arrays, "" for empty cells, null for omitted
 * arguments) and CustomFunctions.Error becomes the cell error with its message.
 * Parameters and optional flags come from the golden functions.json.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition } from "hyperformula";
import * as fns from "../../src/functions/functions";
import { scoreTableHeader } from "../../src/functions/score-table";
import { resolveRuleSet } from "../../src/runtime/active-rule-set";
import golden from "./golden/functions.json";

export const IMPLEMENTATIONS: Record<string, (...args: never[]) => unknown> = {
  DIEM: fns.diem,
  DIEMTP: fns.diemThanhPhan,
  MATDIEM: fns.matDiem,
  NHOM: fns.nhom,
  XEPLOAI: fns.xepLoai,
  TYLE: fns.tyLe,
  DOCSO: fns.docSo,
  CHITIEU: fns.chiTieu,
  BANGDIEM: fns.bangDiem,
  QUYTAC: fns.quyTac,
  CANTHEM: fns.canThem,
  THEOKY: fns.theoKy,
  THAYDOI: fns.thayDoi,
};

const FunctionErrorClass = (globalThis as unknown as { CustomFunctions: { Error: new (...a: unknown[]) => { code: string; message?: string } } }).CustomFunctions.Error;

function toCellError(e: { code: string; message?: string }): CellError {
  return new CellError(e.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, e.message);
}

function excelScalar(v: unknown): unknown {
  if (v === EmptyValue) return "";
  if (v instanceof CellError) return new FunctionErrorClass(v.type === ErrorType.NA ? "#N/A" : "#VALUE!", v.message);
  // HyperFormula keeps typed percents (`91%`) as rich numbers; Excel passes their plain value.
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val;
  return v;
}

function excelArgument(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof SimpleRangeValue) return v.rawData().map((r) => r.map(excelScalar));
  return excelScalar(v);
}

function fromExcel(result: unknown): unknown {
  if (Array.isArray(result)) {
    return SimpleRangeValue.onlyValues(result.map((r: unknown[]) => r.map((c) => (c instanceof FunctionErrorClass ? toCellError(c) : (c as number | string)))));
  }
  return result;
}

type Ast = { args: { type?: string; value?: unknown }[] };
type Plugin = FunctionPlugin & Record<string, unknown>;

class ChisoPlugin extends FunctionPlugin {}
const implemented: Record<string, object> = {};
for (const f of golden.functions) {
  const impl = IMPLEMENTATIONS[f.id];
  const id = `CHISO.${f.id}`;
  implemented[id] = {
    method: f.id,
    parameters: f.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: Boolean((p as { optional?: boolean }).optional) })),
    ...(f.result && "dimensionality" in f.result ? { sizeOfResultArrayMethod: `${f.id}_size`, vectorizationForbidden: true } : {}),
  };
  (ChisoPlugin.prototype as unknown as Record<string, unknown>)[f.id] = function (this: Plugin, ast: Ast, state: unknown) {
    const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown; metadata: (n: string) => unknown });
    return run.runFunction(ast.args, state, run.metadata(id), (...args: unknown[]) => {
      try {
        return fromExcel((impl as (...a: unknown[]) => unknown)(...args.map(excelArgument)));
      } catch (e) {
        if (e instanceof FunctionErrorClass) return toCellError(e);
        throw e;
      }
    });
  };
}
(ChisoPlugin as unknown as { implementedFunctions: object }).implementedFunctions = implemented;

// BANGDIEM spills one row per row of its table, as wide as the rule set's score table.
(ChisoPlugin.prototype as unknown as Record<string, unknown>).BANGDIEM_size = function (this: Plugin, ast: Ast, state: unknown) {
  const size = (this as unknown as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize }).arraySizeForAst(ast.args[0], state);
  const ruleSetArg = ast.args[1]?.type === "STRING" ? String(ast.args[1].value) : null;
  return new ArraySize(scoreTableHeader(resolveRuleSet(ruleSetArg)).length, size.height);
};

HyperFormula.registerFunctionPlugin(ChisoPlugin as unknown as FunctionPluginDefinition, {
  enGB: Object.fromEntries(Object.keys(implemented).map((id) => [id, id])),
});

export function sheet(rows: unknown[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows as never, { licenseKey: "gpl-v3" });
}

/** A cell's value, a CellError shown as {error, message}. */
export function valueAt(hf: HyperFormula, a1: string): unknown {
  const address = hf.simpleCellAddressFromString(a1, 0)!;
  const v = hf.getCellValue(address);
  if (v && typeof v === "object" && "type" in v) return { error: (v as { type: string }).type, message: (v as { message?: string }).message };
  return v;
}
