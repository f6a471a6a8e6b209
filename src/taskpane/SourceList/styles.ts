import { makeStyles, tokens } from "@fluentui/react-components";

export const useSourceListStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  file: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(6em, 1fr) 7.5em",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  name: { display: "flex", flexDirection: "column", minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  rangeRow: { gridColumn: "1 / span 2", display: "flex", columnGap: tokens.spacingHorizontalXS },
  range: { flexGrow: 1, minWidth: 0 },
});
