// What the dashboard shows instead of figures: a skeleton while loading, the error with a retry,
// and the empty states (no plan, no reporting period).
import InboxIcon from "@mui/icons-material/Inbox";
import { Alert, AlertTitle, Box, Button, Skeleton, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

export function DashboardSkeleton() {
  const translate = useTranslate();
  return (
    <Box role="status" aria-busy="true" aria-label={translate("app.dashboard.loading")}>
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "repeat(2, 1fr)", lg: "repeat(6, 1fr)" } }}>
        {["a", "b", "c", "d", "e", "f"].map((key) => (
          <Skeleton key={key} variant="rounded" height={104} />
        ))}
      </Box>
      <Skeleton variant="rounded" height={260} sx={{ mt: 2 }} />
      <Skeleton variant="rounded" height={260} sx={{ mt: 2 }} />
    </Box>
  );
}

export function DashboardError({ error, onRetry }: { error: Error; onRetry(): void }) {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate("app.dashboard.retry")}
        </Button>
      }
    >
      <AlertTitle>{translate("app.dashboard.error_title")}</AlertTitle>
      {translate(error.message, { _: error.message })}
    </Alert>
  );
}

export function DashboardEmpty({ title, hint }: { title: string; hint: string }) {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: "center", py: 8, color: "text.secondary" }}>
      <InboxIcon sx={{ fontSize: 64 }} aria-hidden />
      <Typography variant="h6" component="p">
        {translate(title)}
      </Typography>
      <Typography>{translate(hint)}</Typography>
    </Box>
  );
}
