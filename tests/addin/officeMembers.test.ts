import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { detectFeatures, GUARDED_MEMBERS, membersOf, type ExcelFeatures } from "../../src/hosts/office/features";
import { loadLibrary, OFFICE_DIST, SHIPPED_EXCEL_LIBRARIES } from "./realOffice/officeLibrary";

/**
 * Every Office.js member the add-in's host code can call must exist in each Excel library Kaohe
 * ships, or be reached only through a feature of features.ts that checks the loaded library has
 * it: `isSetSupported` answers for the Excel, not for the library, and the npm copy of office.js
 * (1.1.110) has no `worksheet.notes` while Microsoft 365 reports ExcelApi 1.18.
 */
const HOST_DIR = join(__dirname, "../../src/hosts/office");

/** Interfaces whose members the library itself reads: the options of `Excel.run`. */
const LIBRARY_OPTIONS = ["RunOptions"];

interface Use {
  member: string;
  file: string;
  /** Members of interfaces (option bags) cannot be checked on a prototype. */
  onInterface: boolean;
}

/** The Excel API members the host code uses, found by the type checker: `Class.member` where Class is in `namespace Excel`. */
function excelMembersUsed(): Use[] {
  const files = readdirSync(HOST_DIR)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(HOST_DIR, f));
  const config = ts.readConfigFile(join(__dirname, "../../tsconfig.json"), (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, join(__dirname, "../.."));
  const program = ts.createProgram(files, { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (source === undefined) throw new Error(`not compiled: ${file}`);
    const visit = (node: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(node) ||
        ts.isPropertyAssignment(node) ||
        ts.isShorthandPropertyAssignment(node)
      ) {
        for (const declaration of declarationsOf(checker, node)) {
          const owner = declaration.parent;
          if (!(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || owner.name === undefined) continue;
          const namespace = owner.parent.parent as ts.Node | undefined;
          if (namespace === undefined || !ts.isModuleDeclaration(namespace) || namespace.name.getText() !== "Excel")
            continue;
          // Other interfaces are data the library sends to Excel as they are (a validation rule…).
          if (ts.isInterfaceDeclaration(owner) && !LIBRARY_OPTIONS.includes(owner.name.text)) continue;
          uses.push({
            member: `${owner.name.text}.${node.name.getText()}`,
            file,
            onInterface: ts.isInterfaceDeclaration(owner),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** Where a member is declared; for an object literal's property, in the type the literal is passed as. */
function declarationsOf(
  checker: ts.TypeChecker,
  node: ts.PropertyAccessExpression | ts.PropertyAssignment | ts.ShorthandPropertyAssignment,
): ts.Declaration[] {
  if (ts.isPropertyAccessExpression(node)) return checker.getSymbolAtLocation(node.name)?.declarations ?? [];
  if (!ts.isObjectLiteralExpression(node.parent)) return [];
  const contextual = checker.getContextualType(node.parent);
  if (contextual === undefined) return [];
  const types = contextual.isUnion() ? contextual.types : [contextual];
  return types.flatMap((t) => checker.getPropertyOfType(t, node.name.getText())?.declarations ?? []);
}

/** The feature whose guard covers a member, if any. */
function guardOf(member: string): keyof ExcelFeatures | null {
  for (const [feature, guard] of Object.entries(GUARDED_MEMBERS)) {
    if (guard.members.includes(member) || (guard.options ?? []).includes(member)) return feature as keyof ExcelFeatures;
  }
  return null;
}

const uses = excelMembersUsed();
const libraries = SHIPPED_EXCEL_LIBRARIES.map((name) => ({
  name,
  has: membersOf(loadLibrary(name).Excel),
  text: readFileSync(join(OFFICE_DIST, name), "utf8"),
}));

test("the host code's Excel members are found (the scan sees what the code calls)", () => {
  const members = new Set(uses.map((u) => u.member));
  for (const known of [
    "Worksheet.getRangeByIndexes",
    "Range.values",
    "Worksheet.notes",
    "RunOptions.mergeUndoGroup",
    "RangeFill.color",
    // The staged apply and its swap.
    "Worksheet.visibility",
    "Worksheet.delete",
    "TableCollection.getItem",
    "Table.convertToRange",
    "ConditionalFormatCollection.clearAll",
    "DataValidation.clear",
    "Range.clear",
    "Range.copyFrom",
    "WorksheetFreezePanes.unfreeze",
    "NamedItem.formula",
    "Application.calculate",
    // 汇总's charts.
    "Worksheet.charts",
    "ChartCollection.add",
    "ChartCollection.getItem",
    "Chart.setPosition",
    "ChartTitle.text",
    "ChartAxis.reversePlotOrder",
    "ChartSeriesCollection.add",
    "ChartSeries.setValues",
    "ChartSeries.setXAxisValues",
    "ChartFill.setSolidColor",
  ]) {
    expect(members).toContain(known);
  }
  expect(members.size).toBeGreaterThan(40);
});

test.each(SHIPPED_EXCEL_LIBRARIES)("every Excel member the host uses is in %s or guarded by a member check", (name) => {
  const library = libraries.find((l) => l.name === name);
  if (library === undefined) throw new Error(name);
  const unguarded: string[] = [];
  for (const { member, file, onInterface } of uses) {
    const [className = "", property = ""] = member.split(".");
    // An option bag is read by the library's own code: its name must be there.
    const present = onInterface ? library.text.includes(property) : library.has(className, property);
    if (present) continue;
    const feature = guardOf(member);
    if (feature === null) {
      unguarded.push(`${member} (${file})`);
      continue;
    }
    // The member is used where the feature is looked at: the file reads `.<feature>`.
    expect({ member, guarded: new RegExp(`\\.${feature}\\b`).test(readFileSync(file, "utf8")) }).toEqual({
      member,
      guarded: true,
    });
  }
  expect(unguarded).toEqual([]);
});

// rangeFill.ts assigns single values through a cast (the typings know only 2-D arrays), which
// the type checker's scan cannot follow: its members are checked by name.
test.each(SHIPPED_EXCEL_LIBRARIES)("the members rangeFill.ts sets through a cast are in %s", (name) => {
  const library = libraries.find((l) => l.name === name);
  if (library === undefined) throw new Error(name);
  const cast = /as unknown as \{([^}]*)\}/.exec(readFileSync(join(HOST_DIR, "rangeFill.ts"), "utf8"))?.[1] ?? "";
  const members = [...cast.matchAll(/(\w+)\s*:/g)].map((m) => m[1] ?? "");
  expect(members).toEqual(["numberFormat", "formulasR1C1"]);
  expect(members.filter((m) => !library.has("Range", m))).toEqual([]);
});

test("a feature is off when the host has its requirement set but the loaded library lacks one of its members", () => {
  const allSets = (): boolean => true;
  for (const [feature, guard] of Object.entries(GUARDED_MEMBERS)) {
    expect(detectFeatures(allSets, () => true)[feature as keyof ExcelFeatures]).toBe(true);
    for (const missing of guard.members) {
      const has = (className: string, member: string): boolean => `${className}.${member}` !== missing;
      expect({ feature, missing, on: detectFeatures(allSets, has)[feature as keyof ExcelFeatures] }).toEqual({
        feature,
        missing,
        on: false,
      });
    }
  }
});

test("the shipped libraries lack worksheet.notes and know no mergeUndoGroup, so Kaohe turns both off", () => {
  for (const library of libraries) {
    const features = detectFeatures(() => true, library.has);
    expect({ library: library.name, notes: features.notes, mergeUndo: features.mergeUndo }).toEqual({
      library: library.name,
      notes: false,
      mergeUndo: false,
    });
    expect(features.mergedAreas).toBe(true);
  }
});
