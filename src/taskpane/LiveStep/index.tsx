import { Caption1, MessageBar, MessageBarBody, Switch, Text } from "@fluentui/react-components";
import type { HostMessage } from "../host";
import { useStrings } from "../i18n";
import type { LiveEntry } from "../session/useLiveCheck";
import { useLiveStyles } from "./styles";

export interface LiveStepProps {
  live: {
    available: boolean;
    watching: number;
    entries: LiveEntry[];
    failure: HostMessage | null;
    turnOn: () => Promise<void>;
    turnOff: () => Promise<void>;
  };
  /** Whether data has been read, so there is something to watch. */
  ready: boolean;
}

/** 5. 实时校验: re-check edited rows as the user types in the roster or ballot sheets. */
export function LiveStep({ live, ready }: LiveStepProps) {
  const styles = useLiveStyles();
  const { t, pick } = useStrings();
  if (!live.available) return <Text>{t("liveUnavailable")}</Text>;
  if (!ready) return <Text>{t("liveNotReady")}</Text>;
  return (
    <div className={styles.step}>
      <Text>{t("liveIntro")}</Text>
      <Switch
        label={t("liveSwitch")}
        checked={live.watching > 0}
        onChange={(_, d) => void (d.checked ? live.turnOn() : live.turnOff())}
      />
      {live.watching > 0 && <Caption1>{t("liveWatching", { count: live.watching })}</Caption1>}
      {live.failure !== null && (
        <MessageBar intent="error" data-testid="live-failure">
          <MessageBarBody>
            {t("liveFailed")}
            {pick(live.failure.zh, live.failure.en)}
          </MessageBarBody>
        </MessageBar>
      )}
      {live.entries.length === 0 ? (
        <Caption1 className={styles.muted}>{t("liveNoEntries")}</Caption1>
      ) : (
        <ul className={styles.list} data-testid="live-entries">
          {live.entries.map((e, i) => (
            <li key={i}>
              <Text size={200}>
                {t("liveEntry", {
                  time: e.at.toTimeString().slice(0, 8),
                  sheet: e.sheet,
                  first: e.firstRow,
                  last: e.lastRow,
                  added: e.added,
                  resolved: e.resolved,
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
