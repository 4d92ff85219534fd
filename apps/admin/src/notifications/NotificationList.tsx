// The reminders to the user's unit, newest first, in the console's language: unread ones in bold and
// marked "Chưa đọc"; "Chỉ chưa đọc" keeps only those; clicking one marks it read and opens what it is
// about; ticked ones, or all, can be marked read. On a small screen each reminder is a card.
import { formatDateTime } from "@kehoach/domain";
import { Box, Chip, Typography } from "@mui/material";
import { BooleanInput, DataTable, List, SimpleList, TopToolbar, useLocaleState, useTranslate } from "react-admin";
import type { NotificationRecord } from "../dataProvider/notifications.ts";
import { tableSx } from "../layout/tableSx.ts";
import { useSmallScreen } from "../layout/useSmallScreen.ts";
import { useFormatLocale } from "../useFormatLocale.ts";
import { MarkAllReadButton, MarkSelectedReadButton } from "./MarkReadButtons.tsx";
import { useOpenNotification } from "./useOpenNotification.ts";

const Column = DataTable.Col<NotificationRecord>;

const filters = [<BooleanInput key="unreadOnly" source="unreadOnly" alwaysOn />];

const unreadSx = (notification: NotificationRecord) => (notification.read ? {} : { fontWeight: "bold" });

function Title({ notification }: { notification: NotificationRecord }) {
  const translate = useTranslate();
  return (
    <Box component="span" sx={unreadSx(notification)}>
      {notification.title}
      {notification.read ? null : (
        <Chip size="small" color="primary" label={translate("resources.notifications.unread")} sx={{ ml: 1 }} />
      )}
    </Box>
  );
}

function Empty() {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" sx={{ p: 2, maxWidth: 720 }}>
      {translate("resources.notifications.empty")}
    </Typography>
  );
}

function ListActions() {
  return (
    <TopToolbar>
      <MarkAllReadButton />
    </TopToolbar>
  );
}

export default function NotificationList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatLocale = useFormatLocale();
  const small = useSmallScreen();
  const open = useOpenNotification();
  const when = (notification: NotificationRecord) => formatDateTime(notification.createdAt, formatLocale);
  return (
    <List
      queryOptions={{ meta: { locale } }}
      filters={filters}
      sort={{ field: "createdAt", order: "DESC" }}
      perPage={25}
      exporter={false}
      actions={<ListActions />}
      empty={<Empty />}
      title={translate("resources.notifications.name", { smart_count: 2 })}
    >
      {small ? (
        <SimpleList<NotificationRecord>
          rowClick={(id, resource, record) => open(id, resource, record as NotificationRecord)}
          primaryText={(notification) => <Title notification={notification} />}
          secondaryText={(notification) => notification.body}
          tertiaryText={when}
        />
      ) : (
        <DataTable sx={tableSx} rowClick={open} bulkActionButtons={<MarkSelectedReadButton />}>
          <Column
            source="title"
            disableSort
            render={(notification) => <Title notification={notification} />}
            cellSx={() => ({ minWidth: 220 })}
          />
          <Column source="body" disableSort cellSx={() => ({ minWidth: 320 })} />
          <Column source="createdAt" disableSort render={when} cellSx={() => ({ whiteSpace: "nowrap" })} />
        </DataTable>
      )}
    </List>
  );
}
