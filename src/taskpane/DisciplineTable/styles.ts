import { makeStyles, tokens } from "@fluentui/react-components";

export const useDisciplineStyles = makeStyles({
  table: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) 3.5em auto",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  wide: { gridColumn: "1 / span 4" },
});
