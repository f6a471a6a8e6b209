import { makeStyles, tokens } from "@fluentui/react-components";

export const useViewerStyles = makeStyles({
  viewer: { display: "flex", flexDirection: "column", height: "100%", minHeight: 0 },
  bar: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { flexGrow: 1, flexWrap: "wrap", minWidth: 0 },
  empty: { padding: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground3 },
});
