import { makeStyles, tokens } from "@fluentui/react-components";

export const useImportStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  year: { width: "7em" },
  yearInput: { minWidth: 0, width: "100%" },
});
