import { makeStyles, tokens } from "@fluentui/react-components";

const gridLine = `1px solid ${tokens.colorNeutralStroke2}`;

export const useSheetTableStyles = makeStyles({
  scroller: { overflow: "auto", flexGrow: 1, minHeight: 0 },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  fixed: { tableLayout: "fixed", width: "1px" },
  rowHeadCol: { width: "3.5em" },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    minWidth: "4em",
    padding: "2px 6px",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    border: gridLine,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    padding: "2px 6px",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    border: gridLine,
    textAlign: "end",
  },
  cell: {
    padding: "2px 6px",
    border: gridLine,
    whiteSpace: "nowrap",
    maxWidth: "24em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  spill: { overflow: "visible", textOverflow: "clip", position: "relative" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  more: { color: tokens.colorNeutralForeground3, padding: tokens.spacingHorizontalS },
});
