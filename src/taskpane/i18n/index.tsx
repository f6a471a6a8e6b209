import { createContext, useContext, type ReactNode } from "react";
import { enUS } from "./enUS";
import { zhCN, type StringKey, type Strings } from "./zhCN";

export type Language = "zh-CN" | "en-US";
export type { StringKey, Strings };

const TABLES: Record<Language, Strings> = { "zh-CN": zhCN, "en-US": enUS };

/** Looks a string up and fills `{name}` placeholders. */
export type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const table = TABLES[language];
  return (key, values) => fill(table[key], values);
}

export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A key built at run time (a finding code, a status, a field), when the table has it. */
export function dynamicKey(prefix: "code_" | "status_" | "field_", name: string): StringKey | null {
  const key = `${prefix}${name}`;
  return key in zhCN ? (key as StringKey) : null;
}

/** Chinese unless the host says the user works in English. */
export function languageFor(displayLanguage: string | null | undefined): Language {
  return displayLanguage !== null && displayLanguage !== undefined && /^en\b/i.test(displayLanguage)
    ? "en-US"
    : "zh-CN";
}

interface LanguageState {
  language: Language;
  t: Translate;
  /** The other side of a finding: its English message when the language is English. */
  pick: (zh: string, en: string | undefined) => string;
}

const LanguageContext = createContext<LanguageState>({
  language: "zh-CN",
  t: translator("zh-CN"),
  pick: (zh) => zh,
});

export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  const state: LanguageState = {
    language,
    t: translator(language),
    pick: (zh, en) => (language === "en-US" && en !== undefined && en !== "" ? en : zh),
  };
  return <LanguageContext.Provider value={state}>{children}</LanguageContext.Provider>;
}

export function useStrings(): LanguageState {
  return useContext(LanguageContext);
}
