#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    from config.env import SettingError

    try:
        execute_from_command_line(sys.argv)
    except SettingError as exc:  # a malformed environment variable: one line naming it, no traceback
        sys.exit(f"ImproperlyConfigured: {exc}")


if __name__ == "__main__":
    main()
