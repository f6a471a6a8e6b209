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
  // Like Excel's sheet tabs: one row, scrolled sideways when there are more than fit.
  tabs: { flexGrow: 1, minWidth: 0, overflowX: "auto" },
  download: { flexShrink: 0, whiteSpace: "nowrap" },
  empty: { padding: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground3 },
});
