import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from agreements.reminders import deadline_reminders_send


class Command(BaseCommand):
    help = "Email owners about deadlines within --days days and those overdue, once per deadline and window."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30, help="the window ahead, in days (default 30)")
        parser.add_argument("--today", help="YYYY-MM-DD instead of today's date in TIME_ZONE")

    def handle(self, *args, days, today, **options):
        if days < 0:
            raise CommandError(f"--days는 0 이상이어야 합니다 ({days}).")
        try:
            on = datetime.date.fromisoformat(today) if today else timezone.localdate()
        except ValueError as exc:
            raise CommandError(f"--today {today!r}은(는) 날짜(YYYY-MM-DD)가 아닙니다.") from exc
        counts = deadline_reminders_send(today=on, days=days)
        self.stdout.write(
            f"emails sent: {counts.emails}, deadlines reminded: {counts.deadlines}, "
            f"already reminded: {counts.already_sent}, without recipient: {counts.no_recipient}, "
            f"failed: {counts.failed}"
        )
