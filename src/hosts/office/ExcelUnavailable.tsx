import { FluentProvider, Link, Text, webLightTheme } from "@fluentui/react-components";

export type Unavailable = "no_office_js" | "excel_too_old";

/**
 * What the task pane shows, inside Excel, when it cannot work there: office.js came from
 * neither Microsoft's CDN nor the add-in's own copy, or Excel lacks the ExcelApi set Kaohe needs.
 */
export function ExcelUnavailable({ reason, needed }: { reason: Unavailable; needed: string }) {
  const zh =
    reason === "no_office_js"
      ? "无法加载 Office 脚本库（office.js）：Microsoft 的 CDN 和本加载项自带的副本都没有响应。请检查网络或联系部署加载项的管理员。"
      : `此版本的 Excel 不支持考核助手需要的 ExcelApi ${needed}。请使用 Excel 2021/2024、Microsoft 365、Excel 网页版或 Mac 版 Excel 16.50 及以后的版本。`;
  const en =
    reason === "no_office_js"
      ? "office.js could not be loaded from Microsoft's CDN nor from the add-in's own copy. Check the network or ask whoever deployed the add-in."
      : `This Excel lacks ExcelApi ${needed}, which Kaohe needs. Use Excel 2021/2024, Microsoft 365, Excel on the web or Excel for Mac 16.50 or later.`;
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16, display: "flex", flexDirection: "column", gap: 8 }}>
      <Text weight="semibold" data-testid="excel-unavailable">
        {zh}
      </Text>
      <Text>
        也可以使用<Link href="./">浏览器预览</Link>或命令行 kaohe review，在本机计算并生成审阅工作簿。
      </Text>
      <Text size={200}>{en} The browser preview and the command line (kaohe review) work without Excel.</Text>
    </FluentProvider>
  );
}
