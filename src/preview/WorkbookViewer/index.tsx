import { Button, Tab, TabList, Text } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { SheetGrid } from "../../core/model/sheetGrid";
import type { PlanSheet } from "../../core/plan/writePlan";
import { useStrings } from "../../taskpane/i18n";
import type { PreviewState } from "../previewStore";
import { SheetTable } from "../SheetTable";
import { useViewerStyles } from "./styles";

interface ViewedSheet {
  key: string;
  label: string;
  file: string;
  grid: SheetGrid;
  plan: PlanSheet | null;
}

export interface WorkbookViewerProps {
  state: PreviewState;
  onDownload: () => void;
}

/**
 * The right side of the preview: the reviewed workbook's sheets (with their highlights) and the
 * uploaded sheets, as tabs; a cell chosen in the review list opens its sheet and is outlined.
 */
export function WorkbookViewer({ state, onDownload }: WorkbookViewerProps) {
  const styles = useViewerStyles();
  const { t } = useStrings();
  const sheets = useMemo(() => viewedSheets(state, t("previewReviewed")), [state, t]);
  const [current, setCurrent] = useState<string | null>(null);
  const reviewedFirst = state.reviewed === null ? null : (sheets[0]?.key ?? null);
  useEffect(() => setCurrent(reviewedFirst), [reviewedFirst]);
  const { selection } = state;
  useEffect(() => {
    if (selection?.sheet === undefined) return;
    const match = sheets.find(
      (s) => s.grid.sheet === selection.sheet && (selection.file === undefined || s.file === selection.file),
    );
    if (match !== undefined) setCurrent(match.key);
  }, [selection, sheets]);

  if (sheets.length === 0) return <Text className={styles.empty}>{t("previewEmpty")}</Text>;
  const shown = sheets.find((s) => s.key === current) ?? sheets[0];
  if (shown === undefined) return null;
  const selectedCell =
    selection?.sheet === shown.grid.sheet && selection.file === shown.file ? (selection.cell ?? null) : null;
  return (
    <div className={styles.viewer}>
      <div className={styles.bar}>
        <div className={styles.tabs}>
          <TabList size="small" selectedValue={shown.key} onTabSelect={(_, d) => setCurrent(String(d.value))}>
            {sheets.map((s) => (
              <Tab key={s.key} value={s.key}>
                {s.label}
              </Tab>
            ))}
          </TabList>
        </div>
        {state.reviewed !== null && (
          <Button
            appearance="primary"
            size="small"
            className={styles.download}
            onClick={onDownload}
            data-testid="download"
          >
            {t("previewDownload")}
          </Button>
        )}
      </div>
      <SheetTable grid={shown.grid} plan={shown.plan} selected={selectedCell} />
    </div>
  );
}

function viewedSheets(state: PreviewState, reviewedLabel: string): ViewedSheet[] {
  const sheets: ViewedSheet[] = [];
  const { reviewed } = state;
  if (reviewed !== null) {
    for (const plan of reviewed.plan.sheets) {
      const grid = reviewed.grids.find((g) => g.sheet === plan.name);
      if (grid !== undefined) {
        sheets.push({
          key: `reviewed\u0001${plan.name}`,
          label: `${reviewedLabel} › ${plan.name}`,
          file: reviewed.fileName,
          grid,
          plan,
        });
      }
    }
  }
  for (const [i, file] of state.files.entries()) {
    for (const grid of file.grids) {
      sheets.push({
        key: `${i}\u0001${grid.sheet}`,
        label: `${file.name} › ${grid.sheet}`,
        file: file.name,
        grid,
        plan: null,
      });
    }
  }
  return sheets;
}
