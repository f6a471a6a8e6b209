import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** The look shared by the review lists (subjects and findings): rows a clerk clicks to jump to a cell. */
export const useClickListStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: "transparent",
    color: "inherit",
    cursor: "pointer",
    ...shorthands.border("0"),
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  line: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  tags: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  muted: { color: tokens.colorNeutralForeground3 },
});
