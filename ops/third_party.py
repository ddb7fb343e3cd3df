"""Korean names for two third-party apps that name themselves in plain English strings, outside any
catalogue: these configs stand for them in INSTALLED_APPS. Their models' and fields' names are
translated in locale/ko (README, 'Languages')."""

from axes.apps import AppConfig as AxesAppConfig
from django.utils.translation import gettext_lazy as _
from django_tasks_db.apps import TasksAppConfig


class LoginLockoutConfig(AxesAppConfig):
    verbose_name = _("로그인 잠금")


class TaskQueueConfig(TasksAppConfig):
    verbose_name = _("작업 대기열")  # sorts after the apps staff use, in the admin's index
