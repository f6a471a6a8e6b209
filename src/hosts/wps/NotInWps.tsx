import { FluentProvider, Link, Text, webLightTheme } from "@fluentui/react-components";

/** What the WPS task pane shows when opened elsewhere: where to go instead. */
export function NotInWps({ office }: { office: boolean }) {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16, display: "flex", flexDirection: "column", gap: 8 }}>
      <Text weight="semibold">此页面是 WPS 表格中的考核助手，需要在 WPS 表格中打开。</Text>
      {office ? (
        <Text>
          在 Excel 中请使用 Excel 加载项（<Link href="../taskpane.html">taskpane.html</Link>）。
        </Text>
      ) : (
        <Text>
          没有 WPS？请使用<Link href="../">浏览器预览</Link>：上传名册和测评工作簿，在本机计算并下载审阅工作簿。
        </Text>
      )}
      <Text size={200}>This page is Kaohe inside WPS Spreadsheets. Outside WPS, use the browser preview.</Text>
    </FluentProvider>
  );
}
