import { FluentProvider, Link, Text, webLightTheme } from "@fluentui/react-components";

/** What taskpane.html shows when opened outside Excel: where to go instead. */
export function NotInExcel() {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16, display: "flex", flexDirection: "column", gap: 8 }}>
      <Text weight="semibold">考核助手需要在 Excel 中打开。</Text>
      <Text>
        没有 Excel？请使用<Link href="./">浏览器预览</Link>：上传名册和测评工作簿，在本机计算并下载审阅工作簿。
      </Text>
      <Text size={200}>Kaohe runs inside Excel. Without Excel, use the browser preview linked above.</Text>
    </FluentProvider>
  );
}
