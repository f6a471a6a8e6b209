import type { HeaderOverride } from "../core/reader/headerOverrides";
import { correctionField, fieldLabels, UNUSED_LABEL } from "../core/reader/fieldNames";
import { InputError } from "./inputError";

/**
 * `--map HEADER=FIELD` (CONTRACT.md §2), repeatable: the column headed HEADER, in every sheet,
 * is FIELD (a vocabulary header such as 任现职时间, or the field's name such as promotedOn);
 * `HEADER=` leaves it unused. A value that cannot be understood stops the run before any file
 * is read, with one line naming it.
 */
export function parseMapOptions(values: readonly string[]): HeaderOverride[] {
  return values.map(parseMapOption);
}

function parseMapOption(value: string): HeaderOverride {
  const at = value.lastIndexOf("=");
  const header = at < 0 ? "" : value.slice(0, at).trim();
  if (at < 0 || header === "") {
    throw new InputError(
      `--map 应写作“表头=字段”，例如 --map "现职时间=任现职时间"，或“表头=”表示不使用该列（收到：${value}）`,
    );
  }
  const text = value.slice(at + 1).trim();
  const field = text === "" ? null : correctionField(text);
  if (field === undefined) {
    throw new InputError(
      `--map ${value}：“${text}”不是可用的字段。可用字段：${fieldLabels().join("、")}；“${header}=”或“${header}=${UNUSED_LABEL}”表示不使用该列`,
    );
  }
  return { header, sheet: null, field };
}
