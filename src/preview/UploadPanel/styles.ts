import { makeStyles, tokens } from "@fluentui/react-components";

export const useUploadStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  input: { fontSize: tokens.fontSizeBase200, maxWidth: "100%" },
});
