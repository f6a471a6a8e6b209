import { makeStyles, tokens } from "@fluentui/react-components";

export const useShellStyles = makeStyles({
  shell: {
    display: "grid",
    gridTemplateColumns: "380px minmax(0, 1fr)",
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  pane: {
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  intro: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  /** The fieldset that disables the pane while an upload is read: no frame or spacing of its own. */
  paneSession: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  workbook: { minWidth: 0, minHeight: 0, height: "100%", overflow: "hidden" },
});
