/**
 * The functions.json contract: ids are stored in users' workbooks and can never change;
 * parameter names, types and optional flags decide how Excel calls the functions; every
 * text is Vietnamese in NFC. The golden file was written by hand from issue 3's function
 * list; the metadata is generated here from the JSDoc exactly as the webpack plugin does.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import golden from "./golden/functions.json";

interface Param {
  name: string;
  type: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");
let generated: { functions: Fn[] };
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  errors = result.errors;
  generated = JSON.parse(result.metadataJson);
});

const strings = (f: Fn): string[] => [f.id, f.name, f.description ?? "", ...f.parameters.flatMap((p) => [p.name, p.description ?? ""])];

describe("functions.json generated from src/functions/functions.ts", () => {
  test("generates without errors, one entry per function of the issue plus QUYTAC", () => {
    expect(errors).toEqual([]);
    expect(generated.functions.map((f) => f.id)).toEqual(["DIEM", "DIEMTP", "MATDIEM", "NHOM", "XEPLOAI", "TYLE", "DOCSO", "CHITIEU", "BANGDIEM", "QUYTAC", "CANTHEM", "THEOKY", "THAYDOI"]);
  });

  // Microsoft's naming guidelines: an id and a name "must start with a letter and be at least
  // three characters"; its metadata generator does not check it, Excel may refuse to register.
  test.each([
    ["generated", () => generated.functions],
    ["golden", () => golden.functions as Fn[]],
  ])("%s functions.json: every id and name starts with a letter and has three characters or more", (_label, functions) => {
    const offending = functions().flatMap((f) => [f.id, f.name]).filter((s) => !/^\p{L}[\p{L}\p{N}_.]{2,}$/u.test(s));
    expect(offending).toEqual([]);
  });

  test("ids and names are ASCII letters (Excel prefixes the CHISO namespace)", () => {
    for (const f of generated.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
      expect(f.name).toBe(f.id);
    }
  });

  test.each(golden.functions.map((g) => [g.id, g] as const))("%s matches the golden entry", (id, g) => {
    const f = generated.functions.find((x) => x.id === id)!;
    expect(f).toBeDefined();
    expect(f.description).toBe(g.description);
    expect(f.parameters).toEqual(g.parameters);
    expect(f.result).toEqual(g.result);
    expect(f.options ?? {}).toEqual({});
  });

  test("every text is NFC and every description is Vietnamese", () => {
    for (const f of generated.functions) {
      for (const s of strings(f)) expect(s).toBe(s.normalize("NFC"));
      for (const text of [f.description!, ...f.parameters.map((p) => p.description!)]) {
        expect(text).toMatch(/[ảạãàáâấầẩẫậăắằẳẵặđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/);
      }
    }
  });

  test("omitted optional arguments come last, so Excel can leave them out", () => {
    for (const f of generated.functions) {
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});
